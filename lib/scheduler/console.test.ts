// Console output must read exactly like node's: every value below is printed by real node
// (`node -e`) and by the sandbox, and the texts compared.
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { run, wrapProgram } from '../runner/sandbox/test-support/instrument-by-hand.ts';

const setup = `class Foo { constructor() { this.x = 1; this.name = 'foo'; } }
class Bar extends Foo {}
class Empty {}
const circ = { name: 'c', list: [1, 2] }; circ.self = circ; circ.list.push(circ);
const sparse = [1, , 3]; sparse[7] = 8;
const nullProto = Object.create(null); nullProto.k = 'v';
const withSym = { [Symbol('s')]: 1, 'a-b': 2, valid_id: 3 };
const getter = { get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} };
const errWithProps = new Error('props'); errWithProps.code = 'E_CODE';
const noStack = new RangeError('no frames'); noStack.stack = 'RangeError: no frames';
const tagged = { [Symbol.toStringTag]: 'Custom', v: 1 };
class Tagged { get [Symbol.toStringTag]() { return 'TG'; } }
`;

// Each entry: the console call's argument list (as source).
const calls: string[] = [
  `'plain string'`, `42`, `-0`, `0`, `1.5`, `NaN`, `-Infinity`, `123n`, `true`, `null`, `undefined`,
  `Symbol('sym')`, `Symbol()`,
  `[30, 10, 20]`, `[]`, `{}`, `{ a: 1, b: 'x' }`, `['a', "it's", 'say "hi"', \`both ' and "\`]`,
  `'a\\nb'`, `['a\\nb\\tc\\u0001']`, `{ s: 'x'.repeat(100) }`,
  `{ a: { b: { c: { d: 1 } } } }`, `[[1, [2, [3, [4]]]]]`,
  `Array.from({ length: 7 }, (_, i) => i)`, `Array.from({ length: 26 }, (_, i) => i * 3)`,
  `Array.from({ length: 30 }, (_, i) => 'item' + i)`, `Array.from({ length: 120 }, (_, i) => i)`,
  `Array.from({ length: 10 }, (_, i) => ({ id: i }))`,
  `{ alpha: 'aaaaaaaaaaaa', beta: 'bbbbbbbbbbbbbb', gamma: 'cccccccccccccccc', delta: 'dddddddddd', epsilon: 1 }`,
  `{ nested: { list: [1, 2, 3], map: new Map([['k', { deep: { deeper: 1 } }]]) }, other: 'value' }`,
  `new Map([['a', 1], ['b', { c: 2 }]])`, `new Set([1, 'two', [3]])`, `new Map()`, `new Set()`,
  `new Date(0)`, `new Date(NaN)`, `/re+g/gi`,
  `function named() {}`, `() => {}`, `class K {}`, `Bar`, `Math.max`,
  `new Foo()`, `new Bar()`, `new Empty()`, `nullProto`, `withSym`, `getter`,
  `circ`, `sparse`, `new Uint8Array([1, 2, 3])`, `new Number(3)`, `new String('boxed')`, `new Boolean(false)`,
  `[undefined, null, NaN]`, `{ f() {}, g: function () {}, h: () => 1 }`,
  `new WeakMap()`, `new WeakSet()`, `[new Error('in array')].length`,
  `'%s is %d years and %i, %f', 'Bob', 42.5, 42.9, '1.5'`, `'%j', { a: [1] }`, `'%o', [1]`, `'%O', { a: { b: { c: { d: 1 } } } }`,
  `'%c styled', 'color: red'`, `'100%% sure', 1`, `'%s', { a: 1 }`, `'%s', [1, [2, [3]]]`, `'%s', 5n`, `'%d', '42'`,
  `'%s', null`, `'%s %s', 'only one'`, `'no args %s'`, `'a', 'b', 1, { c: 2 }`, `1, 'str', [ 'x' ]`,
  `{ a: 1 }, 'tail'`, `'%x unknown', 1`,
  `noStack`, `{ wrapped: noStack }`, `[noStack, noStack]`, `tagged`, `new Tagged()`,
  `{ list: Array.from({ length: 8 }, (_, i) => 'word' + i), more: 'x' }`,
  `['a'.repeat(30), 'b'.repeat(30), 'c'.repeat(30)]`, `{ l1: { l2: { l3: [1, 2], m: new Map([[1, 2]]) } } }`,
  `[1.25, -3, 100000, 7, 8, 9, 10.5, 11, 12]`, `[1n, 2n, 3n, 4n, 5n, 6n, 7n]`, `['x', 1, 'y', 2, 'z', 3, 'w']`,
  `Object.assign([1, 2], { extra: true })`, `new Set(Array.from({ length: 10 }, (_, i) => i))`,
]

const tables: string[] = [
  `[{ a: 1, b: 'y' }, { a: 'z', b: 2 }]`, `[[1, 2], [3, 4, 5]]`, `{ r1: { c: 1 }, r2: { d: 'x' } }`, `[1, 'two', { three: 3 }]`,
  `new Map([['k', 1], ['j', { x: 1 }]])`, `new Set(['a', 'b'])`, `[{ a: 1, b: 2 }], ['a']`, `'not tabular'`,
  `[{ name: 'wide value here', n: 12345 }, { name: 'é', n: 1 }]`,
];

describe('console formatting matches node', () => {
  // A marker line after each call lets multi-line outputs be compared call by call.
  const program = setup + calls.map((c) => `console.log(${c});\nconsole.log('@@@');`).join('\n');
  const split = (text: string) => text.split('@@@\n').slice(0, -1);
  const expected = split(execFileSync(process.execPath, ['-e', program], { encoding: 'utf8' }));
  const result = run(wrapProgram(program));
  const got = split(result.lines.join('\n') + '\n');

  it('runs to the end', () => {
    expect(result.end?.[1]).toBe('ok');
    expect(got.length).toBe(calls.length);
  });
  it.each(calls.map((c, i) => [c, i] as const))('console.log(%s)', (_call, i) => {
    expect(got[i]).toBe(expected[i]);
  });
});

describe('console.table matches node', () => {
  const program = tables.map((c) => `console.table(${c});\nconsole.log('@@@');`).join('\n');
  const split = (text: string) => text.split('@@@\n').slice(0, -1);
  const expected = split(execFileSync(process.execPath, ['-e', program], { encoding: 'utf8' }));
  const got = split(run(wrapProgram(program)).lines.join('\n') + '\n');
  it.each(tables.map((c, i) => [c, i] as const))('console.table(%s)', (_call, i) => {
    expect(got[i]).toBe(expected[i]);
  });
});

describe('console streams and helpers', () => {
  it('log/info/debug go to stdout, warn/error/trace/assert to stderr', () => {
    const r = run(wrapProgram(`console.log('l'); console.info('i'); console.debug('d'); console.warn('w'); console.error('e');
console.assert(1 === 2, 'math'); console.assert(true, 'never'); console.trace('here');`));
    const streams = r.events.filter((e) => e[0] === 'log').map((e) => [e[2], (e[3] as string).split('\n')[0]]);
    expect(streams).toEqual([['stdout', 'l'], ['stdout', 'i'], ['stdout', 'd'], ['stderr', 'w'], ['stderr', 'e'],
      ['stderr', 'Assertion failed: math'], ['stderr', 'Trace: here']]);
  });

  it('errors print their stack, nested errors indented, like node', () => {
    const r = run(wrapProgram(`const e = new TypeError('bad');\nconsole.log(e);\nconsole.log({ e });`));
    expect(r.lines[0]).toMatch(/^TypeError: bad\n {4}at .*main\.js:2:\d+/);
    expect(r.lines[0]).not.toMatch(/taskline-scheduler/);
    expect(r.lines[1]).toMatch(/^\{\n {2}e: TypeError: bad\n {6}at /);
  });

  it('task promises show their state; count, time (virtual) and group work', () => {
    const r = run(wrapProgram(`function t(v) { return __tl.task('t', async () => v) }
const p = t(5); console.log(p);
Promise.resolve().then(() => { console.log(p); console.count(); console.count(); console.count('x');
console.time('v'); blockFor(12); console.timeEnd('v');
console.group('G'); console.log('inner\\nlines'); console.groupEnd(); console.log('outer'); });`));
    expect(r.lines).toEqual(['Promise { <pending> }', 'Promise { 5 }', 'default: 1', 'default: 2', 'x: 1', 'v: 12.000ms',
      'G', '  inner\n  lines', 'outer']);
  });
});
