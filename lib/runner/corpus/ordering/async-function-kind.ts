// Every kind of async function is an AsyncFunction: its tag, its constructor and its prototype chain.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function decl() {}
const expr = async function () {};
const arrow = async () => {};
const obj = { async method() {} };
class K { async inst() {} static async stat() {} }
const AsyncFunction = Object.getPrototypeOf(decl).constructor;
for (const [label, fn] of [['decl', decl], ['expr', expr], ['arrow', arrow], ['method', obj.method], ['inst', K.prototype.inst], ['stat', K.stat]]) {
  console.log(label, Object.prototype.toString.call(fn), fn.constructor.name, fn instanceof AsyncFunction,
    Object.getPrototypeOf(fn) === AsyncFunction.prototype, typeof fn);
}
console.log(AsyncFunction.name, AsyncFunction.prototype[Symbol.toStringTag]);
