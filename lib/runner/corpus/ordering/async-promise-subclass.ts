// Awaiting an instance of a Promise subclass goes through its then (its constructor is not
// Promise), costing extra ticks compared with a plain promise.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
class Tracked extends Promise {
  then(onFulfilled, onRejected) {
    console.log('Tracked.then');
    return super.then(onFulfilled, onRejected);
  }
}
async function viaSubclass() { const v = await Tracked.resolve('sub'); console.log('resumed', v); }
async function viaPlain() { const v = await Promise.resolve('plain'); console.log('resumed', v); }
viaSubclass();
viaPlain();
Promise.resolve().then(() => console.log('t1')).then(() => console.log('t2')).then(() => console.log('t3'));
console.log(Tracked.resolve(1) instanceof Tracked, Object.prototype.toString.call(Tracked.resolve(1)));
