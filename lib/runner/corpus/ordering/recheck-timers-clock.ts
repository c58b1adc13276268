// Spot check (issue 11 re-check): Timeout objects, unref/refresh, virtual clocks and AbortSignal.timeout.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const t = setTimeout(() => console.log('never: unref'), 500).unref();
console.log(t.hasRef(), typeof t[Symbol.toPrimitive]());
const r = setTimeout(() => console.log('refreshed fired'), 200);
setTimeout(() => r.refresh(), 10);
const start = Date.now();
const h0 = process.hrtime.bigint();
setTimeout(() => {
  const elapsed = Date.now() - start;
  console.log('elapsed at least 350:', elapsed >= 330, process.hrtime.bigint() > h0);
}, 350);
const s = AbortSignal.timeout(300);
s.addEventListener('abort', () => console.log('aborted', s.reason.name, s.reason.message));
try { setTimeout('code', 1); } catch (e) { console.log(e.code, e.message); }
import { setTimeout as sleep } from 'node:timers/promises';
console.log('slept', await sleep(15, 'value'));
