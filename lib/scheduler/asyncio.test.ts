// asyncio on the virtual clock: createTask adoption and naming, gather, waitFor, Queue,
// Semaphore, Event, Lock and Task cancellation, result() and the waiting-span details.
import { describe, expect, it } from 'vitest';
import { asyncFn, aw, lanes, run, wrapProgram } from '../runner/sandbox/test-support/instrument-by-hand.ts';

const job = asyncFn('job', 'name, s', `${aw('asyncio.sleep(s)', 2)}; console.log(name, performance.now()); return name;`);

function go(body: string) {
  const r = run(wrapProgram(`${job}\n${body}`));
  expect(r.hostStatus).toBe('ok');
  return r;
}

describe('asyncio', () => {
  it('gather returns results in argument order and waits for the slowest', () => {
    const r = go(`const res = ${aw('asyncio.gather(job("a", 3), job("b", 1), job("c", 2))', 3)};
console.log(res.join(','), performance.now());`);
    expect(r.lines).toEqual(['b 1000', 'c 2000', 'a 3000', 'a,b,c 3000']);
    expect(lanes(r.events).get('script')!.spans[1]).toBe('waiting@0-3000 gather(3)');
  });

  it('gather rejects on the first error', () => {
    const r = go(`${asyncFn('bad', '', `${aw('asyncio.sleep(1)')}; throw new Error('bad one');`)}
try { ${aw('asyncio.gather(job("a", 2), bad())')}; } catch (e) { __tl.resumed(__tl_t); console.log('caught', e.message, performance.now()); }`);
    expect(r.lines).toEqual(['caught bad one 1000', 'a 2000']);
  });

  it('waitFor times out with TimeoutError and cancels the awaited task', () => {
    const r = go(`try { ${aw('asyncio.waitFor(job("slow", 5), 2)', 3)}; } catch (e) {
__tl.resumed(__tl_t); console.log(e.name, e instanceof TimeoutError, performance.now()); }`);
    expect(r.lines).toEqual(['TimeoutError true 2000']);
    expect(r.end?.[2]).toBe(2000);
    const l = lanes(r.events);
    expect(l.get('job')!.state).toBe('cancelled');
    expect(l.get('script')!.spans[1]).toBe('waiting@0-2000 waitFor(task job#1)');
  });

  it('waitFor passes the result through when in time', () => {
    const r = go(`console.log(${aw('asyncio.waitFor(job("fast", 1), 2)')});`);
    expect(r.lines).toEqual(['fast 1000', 'fast']);
  });

  it('createTask adopts the call\'s task, renames it, and Task has name/done/result', () => {
    const r = go(`const t = asyncio.createTask(job("x", 1), { name: 'fetcher' });
console.log(t.name, t.done(), t instanceof Task);
try { t.result() } catch (e) { console.log(e.name) }
${aw('t', 4)};
console.log(t.done(), t.result(), t.cancelled());`);
    expect(r.lines).toEqual(['fetcher false true', 'InvalidStateError', 'x 1000', 'true x false']);
    const l = lanes(r.events);
    expect([...l.keys()]).toEqual(['script', 'fetcher']);
    expect(l.get('script')!.spans[1]).toBe('waiting@0-1000 task fetcher#1');
  });

  it('Task.cancel interrupts a sleep; the task sees CancelledError; result() throws it', () => {
    const r = go(`${asyncFn('worker', '', `try { ${aw('asyncio.sleep(10)', 5)}; } catch (e) { __tl.resumed(__tl_t); console.log('worker got', e.name, performance.now()); throw e; }`)}
const t = asyncio.createTask(worker());
${aw('asyncio.sleep(1)')};
console.log('cancel ->', t.cancel());
try { ${aw('t')}; } catch (e) { __tl.resumed(__tl_t); console.log('awaiter got', e instanceof CancelledError); }
console.log(t.cancelled(), t.done(), t.cancel());
try { t.result() } catch (e) { console.log('result threw', e.name) }`);
    expect(r.lines).toEqual(['cancel -> true', 'worker got CancelledError 1000', 'awaiter got true', 'true true false',
      'result threw CancelledError']);
    expect(lanes(r.events).get('worker')!.state).toBe('cancelled');
    expect(r.end).toEqual(['end', 'ok', 1000, null]);
  });

  it('Queue: producer/consumer with maxsize, join and taskDone', () => {
    const r = go(`const q = new asyncio.Queue(2);
${asyncFn('producer', '', `for (let i = 1; i <= 4; i++) { ${aw('q.put(i)')}; console.log('put', i, q.qsize(), performance.now()); }`)}
${asyncFn('consumer', '', `for (;;) { const v = ${aw('q.get()')}; ${aw('asyncio.sleep(1)')}; console.log('got', v, performance.now()); q.taskDone(); }`)}
asyncio.createTask(consumer());
${aw('producer()')};
${aw('q.join()')};
console.log('joined', q.empty(), performance.now());`);
    // A put hands its item straight to a waiting getter (so put 1 leaves the queue empty).
    expect(r.lines).toEqual(['put 1 0 0', 'put 2 1 0', 'put 3 2 0', 'got 1 1000', 'put 4 2 1000', 'got 2 2000',
      'got 3 3000', 'got 4 4000', 'joined true 4000']);
    // The consumer is still waiting on get(): a plain script ends (node semantics) without deadlock.
    expect(r.end?.[1]).toBe('ok');
  });

  it('Queue nowait variants throw QueueEmpty / QueueFull', () => {
    const r = go(`const q = new asyncio.Queue(1);
try { q.getNowait() } catch (e) { console.log(e instanceof asyncio.QueueEmpty) }
q.putNowait('a');
try { q.putNowait('b') } catch (e) { console.log(e instanceof asyncio.QueueFull, q.full()) }`);
    expect(r.lines).toEqual(['true', 'true true']);
  });

  it('Semaphore limits concurrency and hands slots over in FIFO order', () => {
    const r = go(`const sem = new asyncio.Semaphore(2);
${asyncFn('limited', 'n', `${aw('sem.acquire()', 2)}; try { console.log('start', n, performance.now()); ${aw('asyncio.sleep(1)')}; } finally { __tl.resumed(__tl_t); sem.release(); }`)}
${aw('asyncio.gather(limited(1), limited(2), limited(3), limited(4))')};`);
    expect(r.lines).toEqual(['start 1 0', 'start 2 0', 'start 3 1000', 'start 4 1000']);
    expect(r.end?.[2]).toBe(2000);
    expect(lanes(r.events).get('limited#3')!.spans[1]).toBe('waiting@0-1000 Semaphore.acquire()');
  });

  it('Event wakes every waiter; Lock serialises holders', () => {
    const r = go(`const ev = new asyncio.Event();
const lock = new asyncio.Lock();
${asyncFn('waiter', 'n', `${aw('ev.wait()')}; ${aw('lock.acquire()')}; console.log('hold', n, lock.locked(), performance.now()); ${aw('asyncio.sleep(1)')}; lock.release();`)}
const ws = [waiter(1), waiter(2)];
${aw('asyncio.sleep(2)')};
console.log('set', ev.isSet());
ev.set();
${aw('asyncio.gather(...ws)')};
console.log('done', lock.locked(), ev.isSet());`);
    expect(r.lines).toEqual(['set false', 'hold 1 true 2000', 'hold 2 true 3000', 'done false true']);
  });

  it('is importable as modules "asyncio" and "taskline"', () => {
    const r = go(`const aio = __tl.module("asyncio"); const tl = __tl.module("taskline");
console.log(aio.default === aio.default, typeof aio.run, typeof tl.sleep, tl.asyncio === asyncio, typeof tl.default.blockFor);`);
    expect(r.lines).toEqual(['true function function true function']);
  });
});
