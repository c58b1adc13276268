// timeout.refresh() restarts the countdown from now; it revives a timeout that already fired, not a cleared one.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const start = Date.now();
const t = setTimeout(() => console.log('t fired'), 40);
setTimeout(() => { console.log('refresh t'); t.refresh(); }, 20);
setTimeout(() => console.log('at 50: t not fired yet'), 50);
let runs = 0;
const u = setTimeout(() => { console.log('u run', ++runs); if (runs < 3) u.refresh(); }, 10);
const c = setTimeout(() => console.log('never'), 5);
clearTimeout(c);
console.log(c.refresh() === c, t.refresh() === t);
