// Ported from test262 await-awaits-thenable-not-callable.js and await-awaits-thenables-that-throw.js:
// a non-callable `then` makes await give back the object; a throwing `then` or getter rejects it.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function main() {
  const notCallable = { then: 42 };
  console.log('not callable:', (await notCallable) === notCallable);
  try { await { then() { throw new Error('then threw'); } }; } catch (e) { console.log('caught', e.message); }
  let gets = 0;
  const getter = { get then() { gets++; throw new Error('getter threw'); } };
  try { await getter; } catch (e) { console.log('caught', e.message, 'after', gets, 'get'); }
  const late = { then(resolve) { resolve('first'); resolve('second'); throw new Error('ignored'); } };
  console.log('settles once:', await late);
}
main().then(() => console.log('done'));
Promise.resolve().then(() => console.log('tick 1')).then(() => console.log('tick 2'));
