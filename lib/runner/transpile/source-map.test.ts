// mapPosition: errors thrown in the instrumented script (run in node:vm as 'main.js') map back to
// the exact TypeScript line and column, despite stripped types, moved bodies and the prefix line.
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { compileProgram } from './index.ts';
import { decodeMappings, lookup } from './source-map.ts';
import { fakeHooks } from './test-harness.ts';

/** Runs the program and returns the first main.js position in the thrown error's stack. */
async function throwSite(program: string): Promise<[number, number]> {
  const ctx = vm.createContext({});
  let done: unknown;
  ctx.__tl_boot = (p: (hooks: unknown, id: number) => Promise<unknown>) => { done = p(fakeHooks([]), 0); };
  try {
    new vm.Script(program, { filename: 'main.js' }).runInContext(ctx);
    await done;
  } catch (e) {
    const m = /main\.js:(\d+):(\d+)/.exec((e as Error).stack ?? '');
    if (m) return [Number(m[1]), Number(m[2])];
  }
  throw new Error('program did not throw from main.js');
}

/** 1-based position of the character after the ⟨ marker, and the source without the marker. */
function marked(source: string): { source: string; line: number; column: number } {
  const at = source.indexOf('⟨');
  const before = source.slice(0, at).split('\n');
  return { source: source.replace('⟨', ''), line: before.length, column: before.at(-1)!.length + 1 };
}

const cases: Record<string, string> = {
  'top-level throw': 'const x: number = 1;\nthrow ⟨new Error("top");',
  'throw inside an async function with typed params': 'async function callApi(message: string, n: number = 3): Promise<number> {\n  const y: string = "a";\n    throw ⟨new Error(`deep ${y}`);\n}\nawait callApi("m");',
  'property read on null after an await': 'interface A { x: number }\nconst o: any = null;\nasync function f() {\n  await 1;\n  return (o as A).⟨x;\n}\nawait f();',
  'call of a missing method in a concise-bodied async arrow': 'type T = { a: () => void };\nconst t = {} as T;\nconst w = async (v: number) => { await null; t.⟨a(); };\nawait w(1);',
  'generic function after a long typed line': 'function g<T>(x: T): T { return (x as any).⟨boom(); }\nconst r: number = await Promise.resolve(1), s: string = g<number>(r as number);',
  'class method with private field types': 'class K { private v: number = 1; async m(): Promise<void> { await null; JSON.⟨parse("{"); } }\nawait new K().m();',
  'after hoisted imports': 'console.log("hi");\nimport { sleep } from "taskline";\nimport * as io from "asyncio";\nconst z: any = undefined;\nz.⟨y;',
  'in a catch block (resume inserted before it)': 'try {\n  await Promise.reject(new Error("a"));\n} catch (e) {\n  throw ⟨new TypeError("again");\n}',
  'in an async generator': 'async function* gen() {\n  await null;\n  yield 1;\n  null!.⟨x;\n}\nfor await (const v of gen()) {}',
  'non-ASCII text earlier on the line': 'const s = "héllo 🌍"; const n: any = null; n.⟨k;',
};

describe('mapPosition', () => {
  for (const [name, text] of Object.entries(cases)) {
    it(name, async () => {
      const { source, line, column } = marked(text);
      const out = compileProgram(source);
      if (!out.ok) throw new Error(out.error.message);
      const [scriptLine, scriptColumn] = await throwSite(out.program);
      expect(out.mapPosition(scriptLine, scriptColumn)).toEqual({ line, column });
    });
  }

  it('maps statement starts of every line', () => {
    const source = 'const a: number = 1;\nlet b: string = "x";\nfunction f(p: number): void {\n  console.log(p);\n}\nf(a);';
    const out = compileProgram(source);
    if (!out.ok) throw new Error(out.error.message);
    const lines = out.program.split('\n');
    for (const [tsLine, text] of [[1, 'const a'], [2, 'let b'], [3, 'function f'], [4, 'console.log(p)'], [6, 'f(a)']] as const) {
      const scriptLine = lines.findIndex((l) => l.includes(text)) + 1;
      const col = lines[scriptLine - 1].indexOf(text) + 1;
      expect(out.mapPosition(scriptLine, col)).toEqual({ line: tsLine, column: source.split('\n')[tsLine - 1].indexOf(text) + 1 });
    }
  });

  it('answers 0/0 for the wrapper lines', () => {
    const out = compileProgram('const a = 1;');
    if (!out.ok) throw new Error(out.error.message);
    expect(out.mapPosition(1, 5)).toEqual({ line: 0, column: 0 });
    expect(out.mapPosition(out.program.split('\n').length, 1)).toEqual({ line: 0, column: 0 });
  });
});

describe('decodeMappings', () => {
  it('decodes deltas across segments and lines, including negative and multi-digit values', () => {
    // Line 0: col 0 → (0,0); col 7 → (0,7). Line 1: col 2 → (1,0); col 18 → (0,3) (a negative line delta).
    const map = decodeMappings('AAAA,OAAO;EACP,gBADG');
    expect(map).toEqual([
      [{ column: 0, sourceLine: 0, sourceColumn: 0 }, { column: 7, sourceLine: 0, sourceColumn: 7 }],
      [{ column: 2, sourceLine: 1, sourceColumn: 0 }, { column: 18, sourceLine: 0, sourceColumn: 3 }],
    ]);
    expect(lookup(map, 0, 9)).toEqual({ line: 0, column: 7 });
    expect(lookup(map, 1, 0)).toEqual({ line: 1, column: 0 });
    expect(lookup(map, 5, 0)).toBeUndefined();
  });
});
