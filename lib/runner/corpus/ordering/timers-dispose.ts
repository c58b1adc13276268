// A Timeout and an Immediate are disposable (Symbol.dispose clears them), as in Node 24.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const t = setTimeout(() => console.log('never'), 10); t[Symbol.dispose](); const i = setImmediate(() => console.log('never i')); i[Symbol.dispose](); console.log(typeof t[Symbol.dispose]);
{
  using inner = setTimeout(() => console.log('never: disposed at the end of the block'), 10);
  using imm = setImmediate(() => console.log('never: immediate disposed too'));
  console.log('in block', inner.hasRef(), imm.hasRef());
}
setTimeout(() => console.log('after the block'), 20);
