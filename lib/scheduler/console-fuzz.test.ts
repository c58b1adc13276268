// Differential fuzz of console formatting: a seeded generator builds a few hundred nested values
// (arrays, sparse arrays, objects with awkward keys, Maps, Sets, number runs, promises, proxies,
// classes, wide characters) and prints them with console.log and console.dir; real node and the
// sandbox must print the same text.
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { run } from '../runner/sandbox/testing/instrument-by-hand.ts';
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

describe('console formatting fuzz against node', () => {
  it.each([12345, 777, 4242])('seed %i', (seed) => {
    const src = program(seed);
    const expected = execFileSync(process.execPath, ['-e', src], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    const result = run(compiled(src));
    expect(result.end?.[1]).toBe('ok');
    expect(result.lines.join('\n') + '\n').toBe(expected);
  });
});
