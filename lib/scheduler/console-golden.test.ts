// Golden tests for issue 11's console items: each program runs in real node (`node -e`, this
// process's Node 24) and in the sandbox, on its own, and the printed texts must be identical.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run } from '../runner/sandbox/test-support/instrument-by-hand.ts';
import { compileProgram } from '../runner/transpile/index.ts';

const items: [string, string][] = [
  ['console.dir with depth: null prints every level', `const deep = { a: { b: { c: { d: { e: [1, [2, [3]]] } } } } };
console.dir(deep, { depth: null }); console.dir(deep, { depth: 0 }); console.dir(new Map([[1, { x: { y: { z: {} } } }]]), { depth: null });`],
  ['Map iterators preview what is left', `const m = new Map([['a', 1], ['b', { c: [2] }], [3, 'x']]);
console.log(m.entries(), m.keys(), m.values());
const it = m[Symbol.iterator](); it.next(); console.log(it); it.next(); it.next(); it.next(); console.log(it);`],
  ['Set iterators preview what is left', `const s = new Set([1, 'two', [3]]);
console.log(s.values(), s.entries()); const it = s.keys(); it.next(); console.log([it]);`],
  ['a Proxy prints its target and runs no trap', `let traps = 0;
const h = {}; for (const k of ['get', 'has', 'ownKeys', 'getOwnPropertyDescriptor', 'getPrototypeOf']) h[k] = (...a) => { traps++; return Reflect[k](...a); };
console.log(new Proxy({ a: 1, b: [2] }, h), [new Proxy([1, 2], h)], new Proxy(function f() {}, h));
console.log('%s %O', new Proxy({ x: 1 }, h), new Proxy(new Set([1]), h)); console.log('%o', new Proxy({ y: 1 }, {}));
console.log('traps', traps);`],
  ['a revoked Proxy prints as <Revoked Proxy>', `const r = Proxy.revocable({}, {}); r.revoke();
console.log(r.proxy, { r: r.proxy }); console.log('%s', r.proxy); console.log(typeof r.revoke, r.revoke.name === '');`],
  ['promises print their state', `Error.stackTraceLimit = 0; const later = new Promise((res) => setTimeout(() => res('done'), 1));
const rej = Promise.reject(new RangeError('no')); rej.catch(() => {});
console.log(Promise.resolve(42), new Promise(() => {}), new Promise((r) => r([1])), later);
setTimeout(() => console.log(later, rej, later.then((v) => v + '!'), Promise.all([1, later])), 5);`],
  ['Error subclasses print their name; an own name is not repeated', `Error.stackTraceLimit = 0;
class ValidationError extends Error {} class Named extends Error { constructor(m) { super(m); this.name = 'Named'; } }
const e = new Error('x'); e.name = 'Custom';
console.log(new ValidationError('bad'), [new ValidationError('a')], new Named('n'), e, { err: new Named('in') });`],
  ['AggregateError prints [errors], errors print [cause]', `Error.stackTraceLimit = 0;
console.log(new AggregateError([new Error('a'), 'b'], 'agg'), new Error('outer', { cause: new TypeError('inner') }));`],
  ['ArrayBuffer and DataView print their bytes', `const b = new ArrayBuffer(6); new DataView(b).setUint16(1, 0xabcd);
console.log(b, new DataView(b, 1, 3), new ArrayBuffer(120), { u: new Uint8Array([9]).buffer });`],
  ['a run of holes is one entry against the 100-entry limit', `const a = []; a[3] = 1; a[250] = 2; console.log(a);
const b = []; for (let i = 0; i < 400; i += 3) b[i] = i; console.log(b);`],
  ['long strings in arrays are cut after 10,000 characters', `console.log(['x'.repeat(10_050)], { s: 'y'.repeat(10_001) });`],
  ['Sets and Maps over 100 entries end with ... N more items', `const n = Array.from({ length: 130 }, (_, i) => i);
console.log(new Set(n)); console.log(new Map(n.map((i) => [i, i])));`],
  ['%s with a Date prints its ISO form', `console.log('%s|%s', new Date(0), new Date(Date.UTC(2020, 1, 2, 3, 4, 5)));`],
  ['console.table measures wide characters as two columns', `console.table([{ name: '日本語', e: '😀' }, { name: 'abc', e: 'x' }]);
console.table(['한국어', 'é']);`],
  ['constructor names only for real instances', `function F() {} const f = new F(); F.prototype = {};
const fake = { __proto__: { constructor: function Fake() {} } };
console.log(f, fake, Object.create(Array.prototype), Object.create(Object.create(null)));
class MyMap extends Map {} class MyMap2 extends Map {} console.log(new MyMap([[1, 2]]), new MyMap2());`],
];

/** stdout (+ stderr) of one program: real node's, then the sandbox's, each run on its own. */
function nodeOutput(src: string): string {
  return execFileSync(process.execPath, ['--input-type=module', '-e', src], { encoding: 'utf8' });
}

/** Errors printed with their stacks: frames differ (file names, node's own frames), so each run of frames becomes one line. */
const stackItems: [string, string][] = [
  ['Error subclasses print their stack under their own name, nested and aggregated', `class ValidationError extends Error {}
class Named extends Error { constructor(m) { super(m); this.name = 'Named'; } }
console.log(new ValidationError('bad'));
console.log({ nested: [new ValidationError('deep')], named: new Named('n') });
console.log(new AggregateError([new ValidationError('one'), new TypeError('two')], 'all failed'));`],
  ['an error folds the frames it shares with its cause', `function a(n) { return n === 0 ? new Error('inner') : a(n - 1); }
function b(n) { return n === 0 ? new Error('outer', { cause: a(3) }) : b(n - 1); }
function c() { return b(4); }
console.log(c());`],
];
const collapseFrames = (text: string) => text.replace(/(\n *at [^\n]*)+/g, '\n<frames>');

/** The program as the real instrumenter compiles it (it rewrites `new Promise`, for one). */
function compiled(src: string): string {
  const out = compileProgram(src);
  if (!out.ok) throw new Error(out.error.message);
  return out.program;
}

describe('console output matches node (issue 11)', () => {
  it.each(stackItems)('%s', (_name, src) => {
    const expected = collapseFrames(nodeOutput(src));
    const result = run(compiled(src));
    expect(result.end?.[1]).toBe('ok');
    expect(collapseFrames(result.lines.join('\n') + '\n')).toBe(expected);
  });
  it.each(items)('%s', (_name, src) => {
    const expected = nodeOutput(src);
    const result = run(compiled(src));
    expect(result.end?.[1]).toBe('ok');
    expect(result.lines.join('\n') + '\n').toBe(expected);
  });
});
