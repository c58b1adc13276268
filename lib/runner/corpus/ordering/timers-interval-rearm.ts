// An interval's _idleStart moves each time it re-arms (after its callback), as Node's timer list
// does; the printed handle after three ticks has Node's fields (_idleStart shown in ticks, since
// Node's value is real milliseconds).
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const D = 200;
const origin = setTimeout(() => {}, 0);
const t0 = origin._idleStart;
const ticks = (ms) => Math.round((ms - t0) / D);
let n = 0;
const iv = setInterval(() => {
  n++;
  console.log('tick', n, 'idleStart at', ticks(iv._idleStart), 'repeat', iv._repeat, 'timeout', iv._idleTimeout);
}, D);
setTimeout(() => {
  console.log('after 3 ticks: idleStart at', ticks(iv._idleStart), iv._destroyed, iv._idlePrev !== null);
  iv._idleStart = ticks(iv._idleStart);
  console.log(iv);
  clearInterval(iv);
  console.log(iv._idleStart, iv._idleTimeout, iv._destroyed);
}, D * 3 + D / 2);
