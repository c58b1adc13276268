// The isolate driver end to end: the seed programs (from examples/, compiled), host statuses for
// runaway programs (CPU, wall, memory), compile errors, streaming and escape attempts.
import { describe, expect, it } from 'vitest';
import { lanes, run, wrapProgram, asyncFn, aw } from './test-support/instrument-by-hand.ts';
import { seed1, seed2, seed3 } from './test-support/seed-programs.ts';

describe('seed programs', () => {
  it('program 1 runs the calls one after the other: 6000 virtual ms', () => {
    const r = run(seed1);
    expect(r.hostStatus).toBe('ok');
    expect(r.end).toEqual(['end', 'ok', 6000, null]);
    expect(r.lines).toEqual(['Get stock price of GOOG...', '300', 'Get stock price of APPL...', '400',
      'It took 6 second(s) to complete.']);
    const l = lanes(r.events);
    expect([...l.keys()]).toEqual(['script', 'main', 'callApi', 'callApi#2']);
    // main is asyncio.run's task: scheduled at 0, first run in the loop's first round.
    expect(l.get('main')!.spans).toEqual(['waiting@0-0 scheduled', 'running@0-0', 'waiting@0-3000 task callApi#1', 'running@3000-3000',
      'waiting@3000-6000 task callApi#2', 'running@6000-6000']);
    // The top-level asyncio.run blocks the script until main is done, as Python's does.
    expect(l.get('script')!.spans).toEqual(['running@0-0', 'waiting@0-6000 asyncio.run(main())', 'running@6000-6000']);
  });

  it('program 2 runs both calls concurrently: 3000 virtual ms', () => {
    const r = run(seed2);
    expect(r.end).toEqual(['end', 'ok', 3000, null]);
    expect(r.lines).toEqual(['Get stock price of GOOG...', 'Get stock price of APPL...', '300', '300',
      'It took 3 second(s) to complete.']);
    const l = lanes(r.events);
    // createTask adopts the task the call started: one lane per call, not two.
    expect([...l.keys()]).toEqual(['script', 'main', 'callApi', 'callApi#2']);
  });

  it('program 3: progress at 1000/2000/3000, the last before both prices (one asyncio round); lanes and spans', () => {
    const r = run(seed3);
    expect(r.end).toEqual(['end', 'ok', 3000, null]);
    const logs = r.events.filter((e) => e[0] === 'log').map((e) => [e[1], e[3]]);
    expect(logs).toEqual([
      [0, 'Get stock price of GOOG...'], [0, 'Get stock price of APPL...'],
      [1000, 'API call is in progress...'], [2000, 'API call is in progress...'],
      [3000, 'API call is in progress...'], [3000, '300'], [3000, '300'],
      [3000, 'It took 3 second(s) to complete.'],
    ]);
    const l = lanes(r.events);
    expect([...l.keys()]).toEqual(['script', 'main', 'showMessage', 'callApi', 'callApi#2']);
    const main = l.get('main')!;
    expect(main.parent).toBe(l.get('script')!.id);
    expect(main.spans).toEqual(['waiting@0-0 scheduled', 'running@0-0', 'waiting@0-3000 task callApi#1', 'running@3000-3000',
      'waiting@3000-3000 task callApi#2', 'running@3000-3000', 'waiting@3000-3000 task showMessage#1', 'running@3000-3000']);
    expect(l.get('showMessage')!.spans).toEqual(['waiting@0-0 scheduled', 'running@0-0', 'waiting@0-1000 sleep(1000)', 'running@1000-1000',
      'waiting@1000-2000 sleep(1000)', 'running@2000-2000', 'waiting@2000-3000 sleep(1000)', 'running@3000-3000']);
    for (const name of ['callApi', 'callApi#2']) {
      expect(l.get(name)!.spans).toEqual(['waiting@0-0 scheduled', 'running@0-0', 'waiting@0-3000 sleep(3000)', 'running@3000-3000']);
      expect(l.get(name)!.parent).toBe(main.id);
      expect(l.get(name)!.state).toBe('fulfilled');
    }
    // Console lines carry their task.
    const byTask = r.events.filter((e) => e[0] === 'log').map((e) => e[4]);
    expect(byTask).toEqual([4, 5, 3, 3, 3, 2, 2, 2]);
    expect(r.warnings).toEqual([]);
  });

  it('is deterministic run to run', () => {
    expect(run(seed3).events).toEqual(run(seed3).events);
  });
});

describe('host statuses', () => {
  it('an infinite loop ends with timeout (cpu) within budget', () => {
    const t = performance.now();
    const r = run(wrapProgram('console.log("before"); while (true) {}'), { cpuMs: 200, wallMs: 2000 });
    expect(r.hostStatus).toBe('timeout');
    expect(r.limitHit).toBe('cpu');
    expect(performance.now() - t).toBeLessThan(1500);
    expect(r.lines).toEqual(['before']); // streamed before the kill
  });

  it('a run past maxMacrotasks ends with limit and keeps its output', () => {
    const r = run(wrapProgram('let n = 0; setInterval(() => { if (++n % 100 === 0) console.log(n); }, 1);'), { maxMacrotasks: 1000 });
    expect(r.hostStatus).toBe('limit');
    expect(r.lines.at(-1)).toBe('1000'); // exactly maxMacrotasks timer callbacks ran
    expect(r.lines).toHaveLength(10);
    expect(r.end).toEqual(['end', 'limit', 1000, null]); // closed at the virtual time reached
    expect(r.warnings.map((w) => w[2])).toEqual(['The program ran more than 1000 timer callbacks']);
  });

  it('while(true) await null ends with timeout', () => {
    const r = run(wrapProgram(`while (true) ${aw('null')};`), { cpuMs: 200, wallMs: 2000 });
    expect(r.hostStatus).toBe('timeout');
  });

  it('an infinite loop inside a timer callback ends with timeout', () => {
    const r = run(wrapProgram('setTimeout(() => { for (;;) {} }, 10);'), { cpuMs: 200, wallMs: 2000 });
    expect(r.hostStatus).toBe('timeout');
  });

  it('the wall budget applies when it is the tighter one', () => {
    const r = run(wrapProgram('while (true) {}'), { cpuMs: 2000, wallMs: 150 });
    expect(r.hostStatus).toBe('timeout');
    expect(r.limitHit).toBe('wall');
  });

  it('setInterval forever is bounded by the virtual time limit', () => {
    const r = run(wrapProgram('let n = 0; setInterval(() => { n++; }, 1000);'), { maxVirtualMs: 60_000 });
    expect(r.hostStatus).toBe('ok');
    expect(r.end?.[1]).toBe('limit');
    expect(r.end?.[2]).toBe(60_000);
    expect(r.warnings.map((w) => w[1])).toContain('limit');
  });

  it('a memory bomb ends with memory and keeps what was streamed', () => {
    const r = run(wrapProgram('console.log("start"); const a = []; for (;;) a.push(new Array(1e5).fill(1.5));'),
      { memoryMb: 16, cpuMs: 4000, wallMs: 8000, flushEvery: 1 });
    expect(r.hostStatus).toBe('memory');
    expect(r.lines).toEqual(['start']);
  });

  it('deep recursion is an ordinary error', () => {
    const r = run(wrapProgram('function f() { return f() + 1 } f();'));
    expect(r.hostStatus).toBe('ok');
    expect(r.end?.[1]).toBe('error');
    expect(r.end?.[3]?.name).toBe('RangeError');
  });

  it('a syntax error in the program is a host error', () => {
    const r = run('__tl_boot(async function (__tl, __tl_t) {\nlet = = 1;\n});');
    expect(r.hostStatus).toBe('error');
    expect(r.hostError?.name).toBe('SyntaxError');
  });

  it('streams chunks mid-step every flushEvery events', () => {
    const r = run(wrapProgram('for (let i = 0; i < 100; i++) console.log(i);'), { flushEvery: 10 });
    expect(r.lines.length).toBe(100);
    expect(r.chunks).toBeGreaterThanOrEqual(10);
  });

  it('reports cpu and wall time', () => {
    const r = run(seed3);
    expect(r.cpuMs).toBeGreaterThan(0);
    expect(r.wallMs).toBeGreaterThanOrEqual(r.cpuMs * 0.5);
  });
});

describe('escape attempts', () => {
  it('finds only the sandbox\'s own process, and no require, fetch, WebAssembly, SharedArrayBuffer or Atomics', () => {
    const r = run(wrapProgram(`
const p = this.constructor.constructor("return process")();
console.log(p === globalThis.process, Object.getOwnPropertyNames(p).filter((k) => Object.getOwnPropertyDescriptor(p, k).value !== undefined).join());
console.log(typeof p.binding, typeof p.dlopen, typeof p.mainModule, typeof p._linkedBinding, typeof p.getBuiltinModule);
console.log(typeof globalThis.require, typeof globalThis.fetch);
console.log(typeof WebAssembly, typeof SharedArrayBuffer, typeof Atomics);
console.log(typeof globalThis.__tl_step, typeof globalThis.__tl_emit, typeof globalThis.__tl_config, typeof globalThis.__tl_boot, typeof globalThis.__tl_web);`));
    expect(r.lines).toEqual(['true nextTick,hrtime,exit,argv,env', 'undefined undefined undefined undefined undefined',
      'undefined undefined', 'undefined undefined undefined', 'undefined undefined undefined undefined undefined']);
    expect(r.end?.[1]).toBe('ok');
  });

  it('Error.prepareStackTrace tampering does not break error reporting', () => {
    const r = run(wrapProgram(`Error.prepareStackTrace = () => { throw new Error('nope') };
throw new TypeError('boom');`));
    expect(r.end?.[1]).toBe('error');
    expect(r.end?.[3]).toMatchObject({ name: 'TypeError', message: 'boom' });
  });

  it('user code redefining JSON, Array.prototype.push, Promise, console cannot break the trace', () => {
    const r = run(wrapProgram(`
${asyncFn('worker', 'n', `${aw('sleep(n)', 3)}; return n;`)}
console.log('hello');
JSON.stringify = () => 'forged';
JSON.parse = () => ({});
Array.prototype.push = function () { throw new Error('push') };
Array.prototype.toJSON = () => 'forged';
Object.prototype.toJSON = () => 'forged';
Map.prototype.get = () => undefined;
Map.prototype.set = () => { throw new Error('set') };
WeakMap.prototype.get = () => undefined;
Function.prototype.call = () => { throw new Error('call') };
Object.defineProperty(Array.prototype, '0', { set() { throw new Error('index') }, configurable: true });
String.prototype.slice = () => 'forged';
try { Promise.prototype.then = function () { throw new Error('then') } } catch {}
globalThis.Promise = function () { throw new Error('Promise') };
const results = ${aw('asyncio.gather(worker(10), worker(20))', 12)};
globalThis.console = { log() {} };
console.log('swallowed by the fake console');
setTimeout(() => {}, 5);`));
    expect(r.hostStatus).toBe('ok');
    expect(r.lines).toEqual(['hello']);
    expect(r.end).toEqual(['end', 'ok', 25, null]); // the 5 ms timer set at 20
    expect([...lanes(r.events).keys()]).toEqual(['script', 'worker', 'worker#2']);
  });
});
