// Every web-platform class Taskline provides, and the Timeout and Immediate classes of what its timers
// return, look like Node's own, function by function: the class,
// its static methods and its prototype's methods and accessors have Node's name, length and full
// source text (what String(fn) and console.log show), read from the Node running this test, and the
// tables the scheduler applies (web/node-web-looks.ts, node-timer-looks.ts) are the ones this Node records.
import { describe, expect, it } from 'vitest';
import { goldenPool, stdoutOf } from './test-support/golden-pool.ts';
import { LOOK_CLASSES, TIMER_CLASSES, WEB_CLASSES, classFunctions, nodeClass, nodeWebLooks } from './corpus/record-web-looks.ts';
import { LOOKS as WEB_LOOKS } from '../scheduler/web/node-web-looks.ts';
import { LOOKS as TIMER_LOOKS } from '../scheduler/node-timer-looks.ts';

const { run } = goldenPool();
type Row = [string, number, string, number, string];

/** The rows this Node shows: [path, kind, name, length, text]. */
function nodeRows(): Row[] {
  return LOOK_CLASSES.flatMap((name) => classFunctions(nodeClass(name), name).map(([p, kind, fn]): Row => [p, kind, fn.name, fn.length, String(fn)]));
}

describe('golden: web globals look like Node’s', () => {
  it('the recorded table is this Node’s', () => {
    expect(WEB_LOOKS).toEqual(nodeWebLooks(WEB_CLASSES));
    expect(TIMER_LOOKS).toEqual(nodeWebLooks(TIMER_CLASSES));
  });

  it('each class, static method and prototype member has Node’s name, length and text', async () => {
    // The walk of record-web-looks.ts's classFunctions, run inside the sandbox.
    const r = await run(
      'const classOf = (name: string): any => {',
      '  if (name === "Timeout") { const t = setTimeout(() => {}, 0); clearTimeout(t); return Object.getPrototypeOf(t).constructor; }',
      '  if (name === "Immediate") { const i = setImmediate(() => {}); clearImmediate(i); return Object.getPrototypeOf(i).constructor; }',
      '  return (globalThis as any)[name];',
      '};',
      `for (const name of ${JSON.stringify(LOOK_CLASSES)}) {`,
      '  const C: any = classOf(name);',
      '  const rows: any[] = [[name, 0, C]];',
      '  for (const [holder, prefix] of [[C, name + "."], [C.prototype, name + ".prototype."]]) {',
      '    for (const key of Object.getOwnPropertyNames(holder)) {',
      '      if (holder === C.prototype && key === "constructor") continue;',
      '      const d: any = Object.getOwnPropertyDescriptor(holder, key);',
      '      if (typeof d.value === "function") rows.push([prefix + key, 0, d.value]);',
      '      if (typeof d.get === "function") rows.push([prefix + key, 1, d.get]);',
      '      if (typeof d.set === "function") rows.push([prefix + key, 2, d.set]);',
      '    }',
      '  }',
      '  for (const [p, kind, fn] of rows) console.log(JSON.stringify([p, kind, fn.name, fn.length, String(fn)]));',
      '}',
    );
    expect(r.status, JSON.stringify(r.error)).toBe('ok');
    const ours = stdoutOf(r).map((l) => JSON.parse(l) as Row);
    const theirs = nodeRows();
    expect(ours.map((row) => row[0] + '/' + row[1])).toEqual(theirs.map((row) => row[0] + '/' + row[1]));
    for (let i = 0; i < theirs.length; i++) expect(ours[i], theirs[i]![0]).toEqual(theirs[i]);
  });
});
