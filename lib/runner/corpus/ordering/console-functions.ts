// Functions, classes, async and generator functions print with their kind and name.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
function plain() {}
const arrow = () => 1;
function* gen() {}
async function* agen() {}
class Base {}
class Derived extends Base {}
console.log(plain, arrow, gen, agen);
console.log(Base, Derived, class {});
console.log([function () {}, () => {}]);
const withProps = function tagged() {};
withProps.meta = { a: 1 };
console.log(withProps);
console.log(plain.bind(null));
console.log({ method() {}, get g() { return 1; }, set s(v) {}, get gs() { return 1; }, set gs(v) {} });
console.log(Math.max, Array.prototype.push);
console.log(Object.setPrototypeOf(function np() {}, null));
console.log(Symbol, Date.now);
