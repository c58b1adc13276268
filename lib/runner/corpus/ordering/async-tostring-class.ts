// A class holding async methods prints as written, and toString on built-ins still says [native code].
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
class Queue {
  items = [];
  async take() { return this.items.shift(); }
}
console.log(Queue.toString());
console.log(Function.prototype.toString.toString());
console.log(String(Math.max));
try { Function.prototype.toString.call({}); } catch (e) { console.log(e.name); }
const bound = (async function b() {}).bind(null);
console.log(bound.toString(), bound.name);
