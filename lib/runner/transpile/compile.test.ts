// Table-driven checks of the emitted program's shape: it parses as a classic script, starts with
// the ABI prefix, and holds the hook calls (names, await texts, lines) each construct needs.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { compileProgram, PROGRAM_PREFIX } from './index.ts';

function program(source: string): string {
  const out = compileProgram(source);
  if (!out.ok) throw new Error(`unexpected compile error: ${out.error.message}`);
  return out.program;
}

const cases: { name: string; source: string; contains: string[]; absent?: string[] }[] = [
  {
    name: 'async function declaration becomes a hoisted var holding a method, its parameters on the task body',
    source: 'g();\nasync function f(a: number, b = 2): Promise<number> { return a + b; }',
    contains: ['__tl.source(null, 0, 0, __tl_src);\nvar f = __tl.fn({ "f"(...__tl_a) {', 'return __tl.task("f", async (a, b = 2) => {\n            const __tl_t = __tl.current();',
      'finally {\n                __tl.exit(__tl_t);', '}, __tl_a);\n    } }["f"], 1, 5, 74, __tl_src);\ng();', 'function __tl_src() { return "g();\\nasync function f('],
    absent: ['async function f', ': number', 'Promise<number>'],
  },
  {
    name: 'concise async arrow named by its variable',
    source: 'const double = async (x: number) => x * 2;',
    contains: ['const double = __tl.fn({ "double": (...__tl_a) => __tl.task("double", async (x) => {', 'return x * 2;', '}["double"], 1, 15, 41, __tl_src);'],
  },
  {
    name: 'async arrow with one bare parameter',
    source: 'const inc = async x => x + 1;',
    contains: ['__tl.task("inc", async (x) =>', 'return x + 1;'],
  },
  {
    name: 'async function expression: own name wins over the binding',
    source: 'const a = async function inner() {}; const b = async function () {};',
    contains: ['__tl.task("inner"', '__tl.task("b"'],
  },
  {
    name: 'object and class methods, properties and assignments',
    source: `const o = { async m() {}, p: async () => {}, 'q-r': async () => {} };
class C { async run() {} static async make() {} async #hide() {} field = async () => {}; async [Symbol.iterator]() {} }
o.later = async () => {}; let z; z = async () => {};`,
    contains: ['__tl.task("m"', '__tl.task("p"', '__tl.task("q-r"', '__tl.task("run"', '__tl.task("make"', '__tl.task("#hide"',
      '__tl.task("field"', '__tl.task("anonymous"', '__tl.task("later"', '__tl.task("z"', 'static make(...__tl_a) {', '#hide(...__tl_a) {',
      'const o = __tl.methods({ m(...__tl_a) {', '{ "z": (...__tl_a) =>', '{ "": (...__tl_a) => __tl.task("later"',
      // The computed key's entry is null: the scheduler finds that method by its source marker.
      'class C {\n    static { __tl.methods(this.prototype, ["run", 0, 80, 94, null, 0, 159, 187], __tl_src); __tl.methods(this, ["make", 0, 102, 117], __tl_src); __tl.source(this, 70, 189, __tl_src); }'],
  },
  {
    name: 'callback arguments are anonymous',
    source: 'setTimeout(async () => { await 1; }, 0);',
    contains: ['setTimeout(__tl.fn({ "": (...__tl_a) => __tl.task("anonymous"'],
  },
  {
    name: 'top-level await uses the script task',
    source: 'const v = await fetchIt(  1,\n   2 );',
    contains: ['const v = __tl.resumed(__tl_t, await __tl.awaiting(__tl_t, fetchIt(1, 2), "fetchIt( 1, 2 )", 1));'],
  },
  {
    name: 'long await text is cut to 40 characters with an ellipsis',
    source: 'await somethingVeryLongIndeed.withAChainOfCalls().andMoreCalls().andEvenMore();',
    contains: ['"somethingVeryLongIndeed.withAChainOfCal\\u2026"'],
  },
  {
    name: 'await line numbers are TypeScript lines',
    source: 'type T = number;\n\ninterface I {}\nasync function f() {\n  await g();\n}',
    contains: ['"g()", 5)'],
  },
  {
    name: 'catch and finally blocks resume, in tasks and at top level',
    source: 'async function f() { try { await a(); } catch (e) { b(); } finally { c(); } }\ntry { x(); } catch { y(); }',
    contains: ['catch (e) {\n                    __tl.resumed(__tl_t);\n                    b();', 'finally {\n                    __tl.resumed(__tl_t);\n                    c();',
      'catch {\n    __tl.resumed(__tl_t);\n    y();'],
  },
  {
    name: 'try inside a plain callback is left alone',
    source: 'async function f() { [1].forEach(() => { try { g(); } catch { h(); } }); }',
    contains: ['catch {\n                    h();'],
    absent: ['__tl.resumed'],
  },
  {
    name: 'for await resumes each iteration and after the loop',
    source: 'for await (const x of xs) console.log(x);\nlbl: for await (const y of ys) { continue lbl; }',
    contains: ['for await (const x of xs) {\n    __tl.resumed(__tl_t);\n    console.log(x);\n}\n__tl.resumed(__tl_t);',
      'lbl: for await (const y of ys) {\n    __tl.resumed(__tl_t);\n    continue lbl;\n}\n__tl.resumed(__tl_t);'],
  },
  {
    name: 'for await in single-statement slots gets a block',
    source: 'for await (const a of x) for await (const b of y) f(b);\nif (c) for await (const d of z) g(d);',
    contains: ['for await (const a of x) {\n    __tl.resumed(__tl_t);\n    for await (const b of y) {\n        __tl.resumed(__tl_t);\n        f(b);\n    }\n    __tl.resumed(__tl_t);\n}\n__tl.resumed(__tl_t);',
      'if (c) {\n    for await (const d of z) {'],
  },
  {
    name: 'async generators are not tasks and track the driving task',
    source: 'async function* g() { yield await p; for await (const v of q) {} }',
    contains: ['async function* g() {', 'let __tl_g = __tl.current();',
      '__tl.resumed(__tl_g, await __tl.awaiting(__tl_g = __tl.current(), p, "p", 1))', '__tl.resumed(__tl_g);'],
    absent: ['__tl.task'],
  },
  {
    name: 'awaits in a nested async function use its own task',
    source: 'async function outer() { const inner = async () => await x; await inner(); }',
    contains: ['__tl.task("inner", async () =>', '__tl.awaiting(__tl_t, x, "x", 1)', '__tl.awaiting(__tl_t, inner(), "inner()", 1)'],
  },
  {
    name: 'imports become module lookups, hoisted above other code',
    source: 'run();\nimport { sleep, asyncio as aio, default as tl1 } from "taskline";\nimport tl2 from "taskline";\nimport * as io from "asyncio";\nimport type { Task } from "taskline";\nimport { type Queue } from "asyncio";\nimport "taskline";',
    contains: ['const tl1 = __tl.module("taskline"), { sleep, asyncio: aio } = __tl.module("taskline");\nconst tl2 = __tl.module("taskline");\nconst io = __tl.module("asyncio");\nrun();'],
    absent: ['import', 'Task', 'Queue'],
  },
  {
    name: 'exports are dropped',
    source: 'export const a = 1;\nexport async function f() {}\nexport default async function () {}\nexport { a as b };\nexport class K {}\nexport type T = 1;\nexport {};\nexport type { U } from "./u";',
    contains: ['const a = 1;', 'var f = __tl.fn({ "f"(...__tl_a) {', '(__tl.fn({ "default"(...__tl_a) {\n        return __tl.task("default"', 'class K {'],
    absent: ['export'],
  },
  {
    name: 'export default of an anonymous class or arrow',
    source: 'export default class { async x() {} }',
    contains: ['(class {\n    static {', 'x(...__tl_a) {\n        return __tl.task("x"'],
  },
  {
    name: 'export default async arrow is named default',
    source: 'export default async () => { await 1; };',
    contains: ['{ "default": (...__tl_a) => __tl.task("default"'],
  },
  {
    name: 'export default expression is evaluated',
    source: 'export default { x: 1 };',
    contains: ['({ x: 1 });'],
  },
  {
    name: 'directives stay first',
    source: '"use strict";\nimport { sleep } from "taskline";\nasync function f() { "use strict"; await 1; }',
    contains: ['"use strict";\nconst { sleep } = __tl.module("taskline");', 'async () => {\n            "use strict";\n            const __tl_t = __tl.current();'],
  },
  {
    name: 'top-level this is undefined, as in an ES module; this inside functions and classes is kept',
    source: 'console.log(this);\nconst a = () => this;\nfunction f() { return this; }\nclass K { x = this; m() { return this; } static { this; } }',
    // Plain functions first write their line into the location register (location.ts).
    contains: ['console.log(void 0);', 'const a = () => ((__tl_L[1] = 2, void 0) /*@tl:29:39*/);',
      'function f() { __tl_L[1] = 3; return this; /*@tl:41:70*/ ; }', 'x = this;',
      'm() { __tl_L[1] = 4; return this; /*@tl:91:111*/ ; }', 'static { this; }'],
  },
  {
    name: 'an async function declared in a block is a hoisted let; a named expression can call itself',
    source: 'if (x) { g(); async function g() {} }\nconst h = async function self(n) { return n && self(n - 1); };',
    contains: ['if (x) {\n    let g = __tl.fn({ "g"(', 'const h = (() => {\n    const self = __tl.fn({ "self"(...__tl_a)', 'return n && self(n - 1);'],
  },
  {
    name: 'require is not a compile error',
    source: 'const fs = require("fs");',
    contains: ['const fs = require("fs");'],
  },
];

describe('compileProgram output', () => {
  for (const c of cases) {
    it(c.name, () => {
      const text = program(c.source);
      expect([PROGRAM_PREFIX, `${PROGRAM_PREFIX} __tl.source(null, 0, 0, __tl_src);`]).toContain(text.split('\n')[0]);
      expect(text.endsWith('\n});')).toBe(true);
      expect(() => new vm.Script(text)).not.toThrow();
      for (const s of c.contains) expect(text).toContain(s);
      // The user's source, carried for toString(), may hold anything.
      const code = text.replace(/^function __tl_src\(\).*$/m, '');
      for (const s of c.absent ?? []) expect(code).not.toContain(s);
    });
  }

  it('every function and class ends with a marker naming its range in the source, for toString()', () => {
    const source = 'function f(a: number) {}\nconst g = (x) => x;\nclass K { get v() { return 1; } *gen() {} }';
    const text = program(source);
    const ranges = [...text.matchAll(/\/\*@tl:(\d+):(\d+)\*\//g)].map((m) => source.slice(Number(m[1]), Number(m[2])));
    expect(ranges.sort()).toEqual(['(x) => x', '*gen() {}', 'class K { get v() { return 1; } *gen() {} }', 'function f(a: number) {}', 'get v() { return 1; }'].sort());
  });

  it('an empty program is just the wrapper', () => {
    expect(program('')).toBe(`${PROGRAM_PREFIX}\n});`);
    expect(program('// only a comment')).toBe(`${PROGRAM_PREFIX}\n});`);
  });
});
