// `this` and `arguments` inside async functions and methods are the call's own, across awaits.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function describe(prefix) {
  await null;
  return `${prefix} ${this && this.label} ${arguments.length}`;
}
const counter = {
  label: 'counter',
  count: 0,
  async bump(by = 1) {
    await null;
    this.count += by;
    return this.count;
  },
};
(async () => {
  console.log(await describe.call({ label: 'called' }, 'a', 'extra'));
  console.log(await describe('plain'));
  console.log(await counter.bump(), await counter.bump(5));
  const { bump } = counter;
  try { await bump(); } catch (e) { console.log(e.constructor.name); }
  console.log(await (async function () { return this; }).call(7));
})();
