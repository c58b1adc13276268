// A default parameter that throws rejects the async function's promise; the call itself never throws.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
function boom() { throw new Error('default failed'); }
async function withDefault(x = boom()) { return x; }
let threw = false;
let p;
try { p = withDefault(); } catch { threw = true; }
console.log('threw synchronously:', threw, '| is a promise:', p instanceof Promise);
Promise.allSettled([withDefault(), withDefault(7)]).then((results) => {
  for (const r of results) console.log(r.status, r.status === 'fulfilled' ? r.value : r.reason.message);
});
p.catch((e) => console.log('caught later:', e.message));
console.log('sync end');
