// Golden tests for Node's event-loop quiz surfaces, through runCode: process.nextTick before promise
// microtasks, setImmediate's check phase, process.exit/hrtime, the Timeout object and Node's
// argument errors. Expected lines are what real Node 24 prints for the same code (checked by hand;
// the differential corpus re-checks the ordering rules against node itself).
import { describe, expect, it } from 'vitest';
import { goldenPool, stdoutOf as out } from './test-support/golden-pool.ts';
import type { RunResult } from './protocol.ts';

const { run } = goldenPool();


describe('process.nextTick and setImmediate follow Node (ES module main)', () => {
  it('main-module promise jobs first, then ticks, then the 0 ms timer, then immediates', async () => {
    const r = await run(
      "process.nextTick(() => console.log('tick'));",
      "Promise.resolve().then(() => { console.log('promise'); process.nextTick(() => console.log('tick from promise')); });",
      "setImmediate(() => console.log('immediate'));",
      "setTimeout(() => console.log('timeout'), 0);",
      "console.log('sync');",
    );
    expect(r.status).toBe('ok');
    expect(out(r)).toEqual(['sync', 'promise', 'tick', 'tick from promise', 'timeout', 'immediate']);
    expect(r.warnings.map((w) => w.kind)).toEqual(['order-not-guaranteed']);
  });

  it('after a macrotask, ticks run before promise jobs; expired timers run before the check phase', async () => {
    const r = await run(
      "setTimeout(() => { console.log('t1'); setImmediate(() => console.log('imm')); Promise.resolve().then(() => console.log('p')); process.nextTick(() => console.log('tick')); }, 10);",
      "setTimeout(() => console.log('t2'), 10);",
    );
    expect(out(r)).toEqual(['t1', 'tick', 'p', 't2', 'imm']);
    expect(r.warnings).toEqual([]);
  });

  it('a check phase runs only the immediates queued before it; a timer set in it waits for its due time', async () => {
    const r = await run(
      "setImmediate(() => { console.log('i1'); setTimeout(() => console.log('timeout from i1', performance.now()), 0); setImmediate(() => console.log('i1 child')); process.nextTick(() => console.log('tick1')); });",
      "setImmediate(() => console.log('i2'));",
    );
    expect(out(r)).toEqual(['i1', 'tick1', 'i2', 'i1 child', 'timeout from i1 1']);
    expect(r.virtualMs).toBe(1);
  });

  it('clearImmediate cancels; setImmediate passes extra arguments; ticks queued by ticks run first', async () => {
    const r = await run(
      "const a = setImmediate(() => console.log('never'));",
      "setImmediate((x, y) => console.log('args', x, y), 1, 'two');",
      'clearImmediate(a);',
      "process.nextTick(() => { console.log('t1'); process.nextTick(() => console.log('t3')); });",
      "process.nextTick((v) => console.log('t2', v), 'arg');",
    );
    expect(out(r)).toEqual(['t1', 't2 arg', 't3', 'args 1 two']);
  });

  it('an unref\'d timer does not keep the run alive, but fires while something else does', async () => {
    const r = await run(
      "const lone = setTimeout(() => console.log('never'), 500); lone.unref();",
      "const kept = setTimeout(() => console.log('fires at', performance.now()), 50); kept.unref();",
      "setTimeout(() => console.log('keeps alive until', performance.now()), 100);",
      "console.log(lone.hasRef(), setTimeout(() => {}, 1).hasRef());",
    );
    expect(out(r)).toEqual(['false true', 'fires at 50', 'keeps alive until 100']);
    expect(r.virtualMs).toBe(100);
  });

  it('refresh() restarts the countdown from now, and revives a timeout that fired but not a cleared one', async () => {
    const r = await run(
      "const t = setTimeout(() => console.log('fired at', performance.now()), 100);",
      "setTimeout(() => t.refresh(), 60);",
      "let revived = 0; const u = setTimeout(() => { console.log('u at', performance.now()); if (revived++ === 0) u.refresh(); }, 30);",
      "const c = setTimeout(() => console.log('never'), 10); clearTimeout(c); c.refresh();",
    );
    expect(out(r)).toEqual(['u at 30', 'u at 60', 'fired at 160']);
  });
});

describe('process', () => {
  it('carries only nextTick, hrtime, exit, argv and env; other members say what to use', async () => {
    const r = await run(
      'console.log(Object.keys(process).join(), process.argv.length, Object.keys(process.env).length);',
      'await sleep(1500);',
      'console.log(process.hrtime(), process.hrtime.bigint(), process.hrtime([1, 0]));',
      "try { process.on('exit', () => {}); } catch (e) { console.log(e.constructor.name, e.message); }",
    );
    expect(out(r)).toEqual([
      'nextTick,hrtime,exit,argv,env 0 0',
      '[ 1, 500000000 ] 1500000000n [ 0, 500000000 ]',
      'TypeError process.on is not available in Taskline (there are no process events); process has only nextTick, hrtime, exit, argv and env',
    ]);
  });

  it('exit(0) ends the run ok at once; exit(n) ends it with error and exit code n, located at the call', async () => {
    const ok = await run("setTimeout(() => console.log('never'), 10);", "console.log('bye');", 'process.exit(0);', "console.log('not printed');");
    expect([ok.status, ok.exitCode, out(ok), ok.virtualMs]).toEqual(['ok', 0, ['bye'], 0]);
    const three = await run("setTimeout(() => {", "  try { process.exit('3'); } catch { console.log('caught'); }", "}, 5);");
    expect([three.status, three.exitCode, out(three)]).toEqual(['error', 3, []]);
    expect(three.error).toMatchObject({ name: 'ProcessExit', message: 'process.exit(3) was called', line: 2 });
    const fine = await run("console.log('plain');");
    expect(fine.exitCode).toBe(0);
  });

  it('exit rejects what Node rejects, with Node\'s codes', async () => {
    const r = await run(
      "for (const c of ['abc', 1.5, {}]) { try { process.exit(c as any); } catch (e: any) { console.log(e.code, e.message); } }",
    );
    expect(out(r)).toEqual([
      "ERR_INVALID_ARG_TYPE The \"code\" argument must be of type number. Received type string ('abc')",
      'ERR_OUT_OF_RANGE The value of "code" is out of range. It must be an integer. Received 1.5',
      'ERR_INVALID_ARG_TYPE The "code" argument must be of type number. Received an instance of Object',
    ]);
  });
});

describe('timer objects and argument errors look like Node\'s', () => {
  it('console.log of a Timeout shows Node\'s fields', async () => {
    const r = await run("const t = setTimeout((a: number) => {}, 1000, 7);", 'console.log(Object.keys(t).join());', 'console.log(t._idleTimeout, t._repeat, t._timerArgs, t._destroyed);', 'clearTimeout(t);', 'console.log(t._idleTimeout, t._destroyed, t._onTimeout);');
    expect(out(r)).toEqual([
      '_idleTimeout,_idlePrev,_idleNext,_idleStart,_onTimeout,_timerArgs,_repeat,_destroyed',
      '1000 null [ 7 ] false',
      '-1 true undefined',
    ]);
  });

  it('an invalid callback throws ERR_INVALID_ARG_TYPE with Node\'s wording', async () => {
    const r = await run(
      "for (const f of [() => setTimeout('x' as any), () => setInterval(null as any), () => setImmediate(5 as any), () => process.nextTick({} as any), () => queueMicrotask(undefined as any)]) {",
      "  try { f(); } catch (e: any) { console.log(String(e), '|', e.code, e instanceof TypeError, e.stack.split('\\n')[0].slice(0, 32)); }",
      '}',
    );
    const msg = (received: string) => `TypeError [ERR_INVALID_ARG_TYPE]: The "callback" argument must be of type function. Received ${received} | ERR_INVALID_ARG_TYPE true TypeError [ERR_INVALID_ARG_TYPE]`;
    expect(out(r)).toEqual([msg("type string ('x')"), msg('null'), msg('type number (5)'), msg('an instance of Object'), msg('undefined')]);
  });
});

describe('missing Node and browser globals say what Taskline offers instead', () => {
  it.each([
    ['await fetch("https://example.com");', 'fetch is not defined in Taskline: Taskline has no network: use sleep(ms) to simulate latency'],
    ['const fs = require("fs");', 'require is not defined in Taskline: Taskline programs are ES modules'],
    ['Buffer.from("x");', 'Buffer is not defined in Taskline: use Uint8Array'],
  ])('%s', async (code, start) => {
    const r = await run(`console.log(typeof fetch, typeof require);`, code);
    expect(out(r)).toEqual(['undefined undefined']);
    expect(r.error?.name).toBe('ReferenceError');
    expect(r.error?.message.startsWith(start)).toBe(true);
    expect(r.error?.line).toBe(2);
  });

  it('calling a process member Taskline lacks says what process has', async () => {
    const r = await run("process.setUncaughtExceptionCaptureCallback(() => {});");
    expect(r.error).toMatchObject({
      name: 'TypeError',
      message: 'process.setUncaughtExceptionCaptureCallback is not a function in Taskline: process has only nextTick, hrtime, exit, argv and env',
    });
  });
});

describe('every clock a program can read is virtual', () => {
  it('Intl.DateTimeFormat format()/formatToParts() without a date, Date, performance and hrtime agree', async () => {
    const r = await run(
      "const dtf = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium', timeStyle: 'medium' });",
      'const bound = dtf.format;',
      'await sleep(61_000);',
      "console.log(dtf.format(), '|', bound(), '|', bound === dtf.format, typeof Temporal);",
      "console.log(dtf.formatToParts().map((p) => p.value).join('').replace(/\\s/gu, ' '));",
      "console.log(new Date().toISOString(), Date.now() - performance.timeOrigin, performance.now(), Number(process.hrtime.bigint() / 1000000n));",
      "console.log(Date.name, Date.length, new Date(0).constructor === Date, typeof Date());",
    );
    expect(out(r)).toEqual([
      'Jan 1, 2025, 12:01:01 AM | Jan 1, 2025, 12:01:01 AM | true undefined',
      'Jan 1, 2025, 12:01:01 AM',
      '2025-01-01T00:01:01.000Z 61000 61000 61000',
      'Date 7 true string',
    ]);
  });
});
