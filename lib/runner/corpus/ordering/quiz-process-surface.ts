// The parts of process an event-loop program uses: nextTick, hrtime (monotonic, [s, ns]), argv/env shapes.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const t0 = process.hrtime();
const b0 = process.hrtime.bigint();
setTimeout(() => {
  const [s, ns] = process.hrtime(t0);
  console.log('hrtime diff is [s, ns]:', Number.isInteger(s), ns >= 0 && ns < 1e9, s * 1e3 + ns / 1e6 >= 15);
  console.log('bigint grows:', typeof b0, process.hrtime.bigint() - b0 >= 15_000_000n);
}, 20);
console.log(typeof process.nextTick, Array.isArray(process.argv), typeof process.env);
try { process.hrtime('x' as any); } catch (e: any) { console.log(e.code); }
