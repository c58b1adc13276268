// Ported from test262 statements/async-generator/dstr/*: destructuring defaults in async generator
// parameters run once, in order, at the call; an exhausted pattern takes its default.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const order = [];
const note = (v) => { order.push(v); return v; };
async function* arrayDefaults([a = note('a default'), b = note('b default'), ...rest] = []) {
  yield [a, b, rest.length];
}
async function* objectDefaults({ x = note('x default'), y: { z = note('z default') } = {} } = {}) {
  yield [x, z];
}
const obj = { async *method([first, second = 'second default'] = ['only']) { yield first + ' / ' + second; } };
(async () => {
  const g1 = arrayDefaults([undefined, 2, 3, 4]);
  console.log('called, defaults so far:', order.join(','));
  console.log(JSON.stringify((await g1.next()).value));
  console.log(JSON.stringify((await objectDefaults({ y: {} }).next()).value), order.join(','));
  console.log((await obj.method().next()).value);
  for await (const v of arrayDefaults()) console.log('no argument:', JSON.stringify(v));
})();
