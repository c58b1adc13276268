// Unlike async functions, an async generator whose parameter destructuring throws throws at the call.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function* gen({ a }) { yield a; }
async function fn({ a }) { return a; }
try { gen(null); console.log('gen returned'); } catch (e) { console.log('gen threw', e.constructor.name); }
try { fn(null).catch((e) => console.log('fn rejected', e.constructor.name)); console.log('fn returned'); } catch { console.log('fn threw'); }
async function* early(x = (() => { throw new Error('default'); })()) { yield x; }
try { early(); } catch (e) { console.log('early threw', e.message); }
const it = gen({ a: 1 });
it.next().then((r) => console.log(JSON.stringify(r)));
console.log(Object.prototype.toString.call(gen), Object.prototype.toString.call(it));
