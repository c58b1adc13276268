// Hostile: each explored ordering must be exactly a fresh run. A program prints a fingerprint of all
// it could tamper with, then tampers with all of it; every ordering must print a fresh plain run's
// fingerprint, and the explorer's shared isolate must not drift.
import { describe, expect, it } from 'vitest';
import { executeExplore } from './explore-job.ts';
import { IsolateRunner } from './isolate-runner.ts';
import { compileProgram } from '../transpile/index.ts';
import { executeRun } from '../sandbox/execute.ts';
import { usesWebGlobals } from '../sandbox/web-globals-use.ts';

/** Ties first (so the orderings exist even if the tampering breaks timers), then fingerprint, then tamper. */
const TAMPERING = `
setTimeout(() => console.log("a"), 5);
setTimeout(() => console.log("b"), 5);
setTimeout(() => console.log("c"), 5);
const g = globalThis as any;
/(z+)/.exec("zz");
console.log(JSON.stringify([
  typeof g.leak, g.leakCount ?? 0, ([] as any).leak ?? null, ({} as any).polluted ?? null,
  Object.isFrozen(Array.prototype), Object.isExtensible(Object.prototype), Object.isSealed(Math),
  Math.random(), Date.now(), new Date().getTime(), performance.now(),
  Promise.prototype.then.name, typeof Promise.resolve, Error.stackTraceLimit, (RegExp as any).$1,
  typeof g.setTimeout, (setTimeout as any).leak ?? null, (console as any).leak ?? null,
  typeof structuredClone, String([3, 1, 2].sort()), JSON.stringify({ k: 1 }), Object.keys(g).length,
  Reflect.ownKeys(g).length, typeof g.process?.env?.LEAK, [1, 2].map((x) => x * 2).join(),
  Symbol.keyFor(Symbol.for("k")),
]));
/** Each act of tampering on its own: one the realm refuses (a read-only property) must not stop the rest. */
const t = (f: () => void) => { try { f(); } catch { /* refused */ } };
t(() => { g.leak = () => 1; });
t(() => { g.leakCount = (g.leakCount ?? 0) + 1; });
t(() => { (Array.prototype as any).leak = "array"; });
t(() => { (Object.prototype as any).polluted = "object"; });
t(() => { Math.random = () => 0.5; });
t(() => { Date.now = () => 0; });
t(() => { (performance as any).now = () => -1; });
t(() => { (setTimeout as any).leak = 1; });
t(() => { (console as any).leak = 1; });
t(() => { if (g.process?.env) g.process.env.LEAK = "1"; });
t(() => { Error.stackTraceLimit = 0; });
t(() => { /(y)/.exec("y"); });
t(() => { Array.prototype.sort = function () { return this; }; });
t(() => { Array.prototype.map = function () { return ["tampered"]; }; });
t(() => { JSON.stringify = () => "tampered"; });
t(() => {
  const then = Promise.prototype.then;
  Promise.prototype.then = function (this: any, ...args: any[]) { return then.apply(this, args as any); };
});
t(() => { Object.defineProperty(Promise.prototype.then, "name", { value: "patched" }); });
t(() => { Promise.resolve = (() => { throw new Error("tampered"); }) as any; });
t(() => { Object.freeze(Array.prototype); });
t(() => { Object.preventExtensions(Object.prototype); });
t(() => { Object.seal(Math); });
t(() => { delete g.structuredClone; });
// The tampering took: this run sees it (so the fresh fingerprint above is a real check).
console.log("after", typeof g.leak, ([] as any).leak, Math.random(), Object.isFrozen(Array.prototype), Date.now(), typeof g.structuredClone);
`;

const AFTER = 'after function array 0.5 true 0 undefined';

/** The fingerprint line a run printed (the first stdout line). */
const first = (lines: string[]): string => lines[0] ?? '';

function freshFingerprint(code: string): string {
  const chunks: string[] = [];
  executeRun(code, (c) => chunks.push(c));
  const events = chunks.flatMap((c) => JSON.parse(c) as unknown[][]);
  return first(events.filter((e) => e[0] === 'log' && e[2] === 'stdout').map((e) => e[3] as string));
}

describe('every schedule is a fresh run (hostile tampering)', () => {
  it('globals, prototypes, Math.random, Date, Promise, RegExp statics, the scheduler\'s objects: none survive into the next ordering', () => {
    const fresh = freshFingerprint(TAMPERING);
    expect(JSON.parse(fresh)[0]).toBe('undefined');
    const r = executeExplore(TAMPERING, { budget: 100, jitter: 0, seed: 1 }).report;
    expect(r.exhaustive).toBe(true);
    // 3! orderings of the tie, each its own outcome, each with the fresh run's fingerprint.
    expect(r.explored).toBe(6);
    expect(r.outcomes).toHaveLength(6);
    for (const o of r.outcomes) {
      expect(o.status).toBe('ok');
      expect(o.count).toBe(1);
      expect(first(o.stdout)).toBe(fresh);
      expect(o.stdout[1]).toBe(AFTER);
      expect([...o.stdout.slice(2)].sort()).toEqual(['a', 'b', 'c']);
    }
  });

  it('the explorer\'s shared isolate does not drift: one schedule after 50 tampering ones equals the first', () => {
    const compiled = compileProgram(TAMPERING);
    if (!compiled.ok) throw new Error(compiled.error.message);
    const runner = new IsolateRunner(compiled.program, compiled.mapPosition, 0, usesWebGlobals(TAMPERING));
    try {
      const before = runner.run([2, 1], 0);
      for (let i = 0; i < 50; i++) runner.run([], i + 1);
      const after = runner.run([2, 1], 0);
      expect(after).toEqual(before);
      expect(first(after.stdout)).toBe(freshFingerprint(TAMPERING));
      expect(after.stdout.slice(1)).toEqual([AFTER, 'c', 'b', 'a']);
    } finally {
      runner.dispose();
    }
  });

  it('a program that defines the reserved-looking and host globals it can reach still starts clean next time', () => {
    const code = `
setTimeout(() => console.log("x"), 1); setTimeout(() => console.log("y"), 1);
const g = globalThis as any;
console.log(String(Object.getOwnPropertyNames(g).filter((k) => !(k in Object.prototype)).length), String(g.marker));
for (const k of Object.getOwnPropertyNames(g)) { try { g[k] = undefined; } catch {} try { delete g[k]; } catch {} }
g.marker = "set";
`;
    const r = executeExplore(code, { budget: 100, jitter: 0, seed: 1 }).report;
    expect(r.explored).toBe(2);
    const lines = new Set(r.outcomes.map((o) => first(o.stdout)));
    expect(lines.size).toBe(1);
    expect([...lines][0]).toMatch(/ undefined$/);
    expect([...lines][0]).toBe(freshFingerprint(code));
  });
});
