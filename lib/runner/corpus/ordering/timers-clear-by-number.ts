// A Timeout turned into a number can be cleared by that number; clear* ignore what they do not own.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const a = setTimeout(() => console.log('never a'), 10);
const id = +a;
console.log(typeof id, id === Number(a), `${a}` === String(id));
clearTimeout(id);
const b = setTimeout(() => console.log('b fires: clearTimeout(string of an unconverted timer) is a no-op'), 15);
clearTimeout('999999');
clearTimeout(undefined); clearTimeout(null); clearTimeout({}); clearInterval(12345);
const imm = setImmediate(() => console.log('immediate survives clearTimeout'));
clearTimeout(imm);
const iv = setInterval(() => { console.log('interval once'); clearTimeout(iv); }, 5);
