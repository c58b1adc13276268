// AbortSignal cancels node:timers/promises waits with Node's AbortError; AbortSignal.timeout races a slower wait.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
import { setTimeout as delay, setImmediate as immediate } from 'node:timers/promises';
const ac = new AbortController();
delay(100, 'late', { signal: ac.signal }).then(console.log, (e) => console.log('rejected', e.name, e.code, e.message, e.cause === ac.signal.reason));
setTimeout(() => ac.abort(new Error('stop')), 10);
try { await delay(10, 'x', { signal: AbortSignal.abort('already') }); } catch (e: any) { console.log('pre-aborted', e.name, e.cause); }
try { await immediate('x', { signal: AbortSignal.abort() }); } catch (e: any) { console.log('immediate', e.name, e.cause.name); }
try { await delay(1000, 'x', { signal: AbortSignal.timeout(20) }); } catch (e: any) { console.log('timed out', e.name, e.cause.name, e.cause.message); }
try { await delay(1, 'x', { signal: 'nope' as any }); } catch (e: any) { console.log(e.code, e.message); }
console.log(await delay(5, 'done'));
for (const options of ['x', null, { ref: 'yes' }]) {
  try { await delay(1, 'x', options as any); } catch (e: any) { console.log(e.code, e.message); }
}
