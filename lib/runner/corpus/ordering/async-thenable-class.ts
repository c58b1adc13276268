// Instances of a class with a then method are thenables: awaiting one calls then in a later job,
// once per await, with fresh resolving functions, and a then that rejects throws at the await.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
class Deferred {
  constructor(value, fail = false) { this.value = value; this.fail = fail; this.calls = 0; }
  then(resolve, reject) {
    this.calls++;
    console.log('then', this.value, 'call', this.calls);
    if (this.fail) reject(new Error('failed ' + this.value));
    else resolve(this.value);
  }
}
async function main() {
  const d = new Deferred('a');
  console.log('got', await d, await d);
  try { await new Deferred('b', true); } catch (e) { console.log('caught', e.message); }
  const results = await Promise.all([new Deferred('c'), new Deferred('d')]);
  console.log('all', results.join(','));
}
main();
Promise.resolve().then(() => console.log('m1')).then(() => console.log('m2')).then(() => console.log('m3'));
