// Differential fuzz of console formatting: seeded generators build a few hundred nested values
// (arrays, sparse arrays, objects with awkward keys, Maps, Sets, number runs, promises, proxies,
// classes, wide characters; then iterators, errors, buffers, boxed values, functions) and print
// them with console.log, console.dir and %o; real node and the sandbox must print the same text.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run } from '../runner/sandbox/test-support/instrument-by-hand.ts';
import { compileProgram } from '../runner/transpile/index.ts';

/** Values printed per seed with console.log, and with console.dir at depth null. */
const LOGGED_VALUES = 250;
const DIRED_VALUES = 40;

const program = (seed: number) => `
let seed = ${seed};
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
const words = ['a', 'bb', 'hello', 'x y', "it's", 'line\\nbreak', '日本', '😀', 'longer-string-value-here', ''];
function gen(d) {
  const r = rnd();
  if (d > 4 || r < 0.3) return pick([1, -0, 3.14, 1e21, NaN, 10n, true, null, undefined, Symbol('s'), ...words]);
  if (r < 0.45) return Array.from({ length: Math.floor(rnd() * 12) }, () => gen(d + 1));
  if (r < 0.6) { const o = {}; const n = Math.floor(rnd() * 7); for (let i = 0; i < n; i++) o[pick(words) + i] = gen(d + 1); return o; }
  if (r < 0.68) return new Map(Array.from({ length: Math.floor(rnd() * 4) }, () => [gen(d + 1), gen(d + 1)]));
  if (r < 0.75) return new Set(Array.from({ length: Math.floor(rnd() * 5) }, () => gen(d + 1)));
  if (r < 0.8) { const a = []; a[Math.floor(rnd() * 30)] = gen(d + 1); return a; }
  if (r < 0.85) return Array.from({ length: 5 + Math.floor(rnd() * 40) }, () => Math.floor(rnd() * 1000) - 300);
  if (r < 0.9) return Promise.resolve(gen(d + 1));
  if (r < 0.95) return new Proxy({ p: gen(d + 1) }, {});
  return class extends Map {};
}
for (let i = 0; i < ${LOGGED_VALUES}; i++) console.log(gen(0));
for (let i = 0; i < ${DIRED_VALUES}; i++) console.dir(gen(0), { depth: null });
`;

/** The program as the real instrumenter compiles it (it rewrites `new Promise`, for one). */
function compiled(src: string): string {
  const out = compileProgram(src);
  if (!out.ok) throw new Error(out.error.message);
  return out.program;
}

/** Richer values: iterators mid-way, errors (subclass, aggregate, cause), buffers, boxed values, class instances, functions, %o. */
const richProgram = (seed: number) => `
Error.stackTraceLimit = 0;
let seed = ${seed};
const rnd = () => { seed = (seed * 1103515245 + 12345) & 0x7fffffff; return seed / 0x7fffffff; };
const pick = (a) => a[Math.floor(rnd() * a.length)];
class Pt { constructor(x) { this.x = x; } }
class VErr extends Error {}
const words = ['a', 'bb', "it's", 'line\\nbreak', '日本', ''];
function gen(d) {
  const r = rnd();
  if (d > 4 || r < 0.25) return pick([1, -0, 2.5, NaN, 10n, true, null, undefined, Symbol.iterator, ...words]);
  if (r < 0.35) return Array.from({ length: Math.floor(rnd() * 8) }, () => gen(d + 1));
  if (r < 0.45) { const o = rnd() < 0.2 ? Object.create(null) : {}; const n = Math.floor(rnd() * 5); for (let i = 0; i < n; i++) o[pick(words) + i] = gen(d + 1); if (rnd() < 0.2) o[Symbol('k')] = gen(d + 1); return o; }
  if (r < 0.5) return new Map(Array.from({ length: Math.floor(rnd() * 4) }, () => [gen(d + 1), gen(d + 1)])).entries();
  if (r < 0.55) return new Set(Array.from({ length: Math.floor(rnd() * 4) }, () => gen(d + 1))).values();
  if (r < 0.6) return pick([new VErr('v' + d), new TypeError('t'), new AggregateError([new Error('x')], 'agg'), new Error('c', { cause: gen(d + 1) })]);
  if (r < 0.65) return new Uint8Array(Math.floor(rnd() * 6)).buffer;
  if (r < 0.68) return new DataView(new ArrayBuffer(3));
  if (r < 0.72) return pick([new Number(3), new String('s'), Object(2n), new Date(rnd() * 1e12), /re/g]);
  if (r < 0.76) return new Pt(gen(d + 1));
  if (r < 0.8) return pick([function f() {}, () => 1, class K extends Pt {}, async function* g() {}]);
  if (r < 0.85) return new Float64Array(Array.from({ length: Math.floor(rnd() * 8) }, () => rnd()));
  if (r < 0.9) { const a = [gen(d + 1)]; a[3] = gen(d + 1); a.extra = 1; return a; }
  if (r < 0.95) { const t = gen(d + 1); return new Proxy(typeof t === 'object' && t !== null ? t : {}, {}); }
  return Promise.resolve(gen(d + 1));
}
for (let i = 0; i < ${LOGGED_VALUES}; i++) console.log(gen(0));
for (let i = 0; i < ${DIRED_VALUES}; i++) console.log('%o', gen(0));
`;

describe('console formatting fuzz against node', () => {
  it.each([
    ['plain values', 12345, program], ['plain values', 777, program], ['plain values', 4242, program],
    ['rich values', 4242, richProgram], ['rich values', 31337, richProgram],
  ] as const)('%s, seed %i', (_kind, seed, make) => {
    const src = make(seed);
    // As a module, like a Taskline program (sloppy functions would show [arguments] and [caller]).
    const expected = execFileSync(process.execPath, ['--input-type=module', '-e', src], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const result = run(compiled(src));
    expect(result.end?.[1]).toBe('ok');
    expect(result.lines.join('\n') + '\n').toBe(expected);
  });
});
