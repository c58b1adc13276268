// In an ES module, top-level `this` is undefined; arrows at the top level see the same undefined.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.log(this);
console.log(typeof this);
const arrow = () => this;
const asyncArrow = async () => this;
console.log(arrow());
asyncArrow().then((v) => console.log('async arrow:', v));
function sloppyLooking() { return this; }
console.log(sloppyLooking());
console.log(sloppyLooking.call('x'));
