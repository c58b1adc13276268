// How runs end: deadlock reports, asyncio.run shutdown, floating promises, unhandled
// rejections, uncaught exceptions, and the trace/console truncation limits.
import { describe, expect, it } from 'vitest';
import { asyncFn, aw, lanes, run, wrapProgram } from '../runner/sandbox/test-support/instrument-by-hand.ts';

const callApi = asyncFn('callApi', 'ms = 3000', `${aw('sleep(ms)', 3)}; return ms;`);
const hang = asyncFn('hang', '', `${aw('new Promise(() => {})', 7, 'new Promise(() => {})')};`);

describe('deadlock', () => {
  it('a script awaiting a promise nothing will resolve is a deadlock listing every blocked task', () => {
    const r = run(wrapProgram(`${hang}
${asyncFn('main', '', `${aw('hang()', 9, 'hang()')};`)}
${aw('main()', 10, 'main()')};`));
    expect(r.end?.[1]).toBe('deadlock');
    expect(r.end?.[3]?.name).toBe('DeadlockError');
    expect(r.end?.[3]?.message).toMatch(/^all tasks are asleep — deadlock: /);
    expect(r.warnings.filter((w) => w[1] === 'deadlock').map((w) => w[2])).toEqual([
      'script is waiting for task main#1 (line 10)',
      'main is waiting for task hang#1 (line 9)',
      'hang is waiting for new Promise(() => {}) (line 7)',
    ]);
  });

  it('asyncio.run main waiting on a Queue that nobody fills is a deadlock', () => {
    const r = run(wrapProgram(`const q = new asyncio.Queue();
${asyncFn('main', '', `${aw('q.get()', 3)};`)}
asyncio.run(main());`));
    expect(r.end?.[1]).toBe('deadlock');
    expect(r.warnings.map((w) => w[2])).toEqual(['main is waiting for Queue.get() (line 3)']);
  });

  it('a plain script whose floating task never finishes just ends (node semantics)', () => {
    const r = run(wrapProgram(`${hang}\nhang();`));
    expect(r.end?.[1]).toBe('ok');
    expect(r.warnings.map((w) => [w[1], w[2]])).toEqual([['never-awaited', 'hang() was called but never awaited']]);
  });
});

describe('asyncio.run', () => {
  it('cancels tasks still pending when main returns, with a warning naming what they awaited', () => {
    const r = run(wrapProgram(`${callApi}
${asyncFn('main', '', `asyncio.createTask(callApi(5000)); ${aw('asyncio.sleep(1)', 5)}; console.log('main done');`)}
asyncio.run(main());`));
    expect(r.end).toEqual(['end', 'ok', 1000, null]);
    expect(r.lines).toEqual(['main done']);
    expect(r.warnings.map((w) => [w[1], w[2]])).toEqual([
      ['cancelled-at-shutdown', 'callApi was cancelled when asyncio.run() finished, while waiting for sleep(5000) (line 3)'],
    ]);
    expect(lanes(r.events).get('callApi')!.state).toBe('cancelled');
  });

  it('accepts an async function and ends with error when main rejects', () => {
    const r = run(wrapProgram(`${asyncFn('main', '', `${aw('sleep(10)')}; throw new RangeError('bad main');`)}
asyncio.run(main);`));
    expect(r.end?.[1]).toBe('error');
    expect(r.end?.[3]).toMatchObject({ name: 'RangeError', message: 'bad main' });
    expect(r.end?.[3]?.stack).toMatch(/main\.js:\d+:\d+/);
  });

  it('code after an awaited asyncio.run still runs', () => {
    const r = run(wrapProgram(`${asyncFn('main', '', `${aw('sleep(10)')}; return 7;`)}
const v = ${aw('asyncio.run(main())')};
console.log('after', v);`));
    expect(r.lines).toEqual(['after 7']);
    expect(r.end?.[1]).toBe('ok');
  });
});

describe('errors and warnings', () => {
  it('a rejected task promise nobody handles: unhandled-rejection and status error', () => {
    const r = run(wrapProgram(`${asyncFn('fail', '', `${aw('sleep(5)')}; throw new Error('nope');`)}
fail();
setTimeout(() => console.log('never'), 100);`));
    expect(r.end?.[1]).toBe('error');
    expect(r.end?.[2]).toBe(5);
    expect(r.end?.[3]).toMatchObject({ name: 'Error', message: 'nope' });
    expect(r.warnings.map((w) => [w[1], w[2]])).toEqual([['unhandled-rejection', 'Unhandled rejection in task fail: Error: nope']]);
    expect(r.lines).toEqual([]);
  });

  it('a rejection handled later in the same turn is fine', () => {
    const r = run(wrapProgram(`${asyncFn('fail', '', `throw new Error('nope');`)}
const p = fail();
Promise.resolve().then(() => p.catch((e) => console.log('caught', e.message)));`));
    expect(r.lines).toEqual(['caught nope']);
    expect(r.end?.[1]).toBe('ok');
  });

  it('a plain promise rejection nobody handles (re-thrown by isolated-vm) closes the trace too', () => {
    const r = run(wrapProgram(`setTimeout(() => { Promise.reject(new TypeError('plain')); }, 3);`));
    expect(r.hostStatus).toBe('error');
    expect(r.hostError).toMatchObject({ name: 'TypeError', message: 'plain' });
    expect(r.end?.[1]).toBe('error');
    expect(r.warnings.map((w) => w[1])).toEqual(['unhandled-rejection']);
  });

  it('an exception thrown by a timer callback ends the run with error at once', () => {
    const r = run(wrapProgram(`setTimeout(() => { Promise.resolve().then(() => console.log('dropped')); throw new Error('in timer'); }, 3);
setTimeout(() => console.log('never'), 10);`));
    expect(r.end?.[1]).toBe('error');
    expect(r.end?.[2]).toBe(3);
    expect(r.end?.[3]?.message).toBe('in timer');
    expect(r.lines).toEqual([]);
  });

  it('a throw at the top level is an error without a floating-promise warning', () => {
    const r = run(wrapProgram(`console.log('x');\nnull.f();`));
    expect(r.end?.[1]).toBe('error');
    expect(r.end?.[3]?.name).toBe('TypeError');
    expect(r.end?.[3]?.stack).toMatch(/main\.js:3:\d+/);
    expect(r.warnings).toEqual([]);
  });

  it('warns about task promises never awaited, but not awaited or then-ed ones', () => {
    const r = run(wrapProgram(`${callApi}
callApi(10);
callApi(20).then(() => {});
${aw('callApi(30)')};`));
    expect(r.warnings.map((w) => [w[1], w[2], w[3]])).toEqual([['never-awaited', 'callApi() was called but never awaited', 2]]);
    expect(r.end).toEqual(['end', 'ok', 30, null]);
  });
});

describe('limits', () => {
  it('stops recording after maxEvents with one truncated warning, still ends', () => {
    const r = run(wrapProgram('const all = []; for (let i = 0; i < 1000; i++) all.push(__tl.task("t", async () => {})); await Promise.all(all);'), { maxEvents: 50 });
    const counted = r.events.filter((e) => e[0] === 'task' || e[0] === 'state' || e[0] === 'settle');
    expect(counted.length).toBe(50);
    expect(r.warnings.map((w) => w[1])).toEqual(['truncated']);
    expect(r.end?.[1]).toBe('ok');
  });

  it('keeps console lines when the trace is truncated: they have their own byte limit', () => {
    const r = run(wrapProgram('for (let i = 0; i < 1000; i++) console.log(i);'), { maxEvents: 50 });
    expect(r.lines).toHaveLength(1000);
    expect(r.lines.at(-1)).toBe('999');
  });

  it('keeps the start of a line that overflows the console budget', () => {
    const r = run(wrapProgram('console.log("abc"); console.log("x".repeat(1000)); console.log("after");'), { maxConsoleBytes: 100 });
    expect(r.lines).toEqual(['abc', `${'x'.repeat(92)}…`]);
    expect(r.warnings.map((w) => w[1])).toEqual(['truncated']);
  });

  it('drops console output past maxConsoleBytes with one truncated warning', () => {
    const r = run(wrapProgram('for (let i = 0; i < 1000; i++) console.log("0123456789");'), { maxConsoleBytes: 100 });
    expect(r.lines.length).toBe(9); // 11 bytes a line with its newline
    expect(r.warnings.map((w) => [w[1], w[2]])).toEqual([['truncated', 'Console output truncated after 100 bytes']]);
  });

  it('an output flood is cut by the console limit, not the host', () => {
    const r = run(wrapProgram('for (let i = 0; i < 200000; i++) console.log("flood line", i);'), { maxConsoleBytes: 256 * 1024 });
    expect(r.hostStatus).toBe('ok');
    expect(r.warnings.map((w) => w[1])).toEqual(['truncated']);
  });
});
