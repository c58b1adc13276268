// What a learner reads off a Timeout: Node's enumerable fields before firing, after firing and after clearing.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const t = setTimeout((x) => console.log('fired with', x), 20, 'arg');
const iv = setInterval(() => {}, 15);
console.log(Object.keys(t).join());
console.log(t._idleTimeout, t._repeat, t._timerArgs, t._destroyed, typeof t._onTimeout, t._idlePrev !== null);
console.log(iv._idleTimeout, iv._repeat, iv._timerArgs);
clearInterval(iv);
console.log(iv._idleTimeout, iv._destroyed, iv._onTimeout, iv._idlePrev, iv._idleNext);
setTimeout(() => console.log('after firing:', t._destroyed, t._idlePrev, t._idleTimeout, typeof t._onTimeout), 30);
const imm = setImmediate(() => {});
console.log(Object.keys(imm).join(), imm._destroyed, imm._argv);
clearImmediate(imm);
console.log(imm._destroyed, imm._onImmediate);
