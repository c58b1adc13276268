// Destructuring a parameter of an async function fails inside the promise, for objects and arrays alike.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function byObject({ a, b }) { return a + b; }
async function byArray([first, second]) { return first + second; }
const arrow = async ({ name }) => name.toUpperCase();
class Repo { async find({ id }) { return id; } }
const calls = [byObject(null), byObject({ a: 1, b: 2 }), byArray(5), byArray([3, 4]), arrow(undefined), arrow({ name: 'ok' }), new Repo().find()];
console.log('all calls returned', calls.length, 'promises');
Promise.allSettled(calls).then((rs) => {
  rs.forEach((r, i) => console.log(i, r.status, r.status === 'fulfilled' ? r.value : `${r.reason.name}: ${r.reason.message}`));
});
