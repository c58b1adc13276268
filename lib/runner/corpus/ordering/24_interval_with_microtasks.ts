// Two intervals and timeouts interleave; an interval cleared from a timeout never ticks again.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
let a = 0;
let b = 0;
const ia = setInterval(() => {
  a++;
  console.log(`A${a}`);
  if (a === 2) clearInterval(ia);
}, 10);
const ib = setInterval(() => {
  b++;
  console.log(`B${b}`);
}, 30);
setTimeout(() => {
  console.log('stop B');
  clearInterval(ib);
}, 45);
const never = setInterval(() => console.log('never'), 5);
clearInterval(never);
const t = setTimeout(() => console.log('never either'), 5);
clearTimeout(t);
