// Queued immediates are linked through _idlePrev/_idleNext as in Node; clearing one unlinks it, running one does not.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const a = setImmediate(() => console.log('a runs:', a._destroyed, a._idleNext === b, b._idlePrev === a));
const b = setImmediate(() => {
  console.log('b runs', b._destroyed, typeof b._onImmediate);
  const later = setImmediate(() => console.log('later is a new queue:', later._idlePrev, later._idleNext));
});
const c = setImmediate(() => console.log('never'));
const d = setImmediate(() => console.log('d runs', d._idlePrev === b, a._onImmediate, b._destroyed));
console.log(a._idleNext === b, b._idleNext === c, c._idleNext === d, d._idleNext, a._idlePrev);
clearImmediate(c);
console.log(b._idleNext === d, d._idlePrev === b, c._idlePrev, c._idleNext, c._destroyed, c._onImmediate);
