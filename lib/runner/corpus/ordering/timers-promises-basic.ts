// node:timers/promises: setTimeout and setImmediate as promises, ordered among timers, immediates and microtasks.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
import { setTimeout as delay, setImmediate as immediate } from 'node:timers/promises';
setTimeout(() => console.log('callback timer 20'), 20);
delay(20, 'promise timer 20').then(console.log);
delay(10).then((v) => console.log('promise timer 10 resolves with', v));
setTimeout(() => {
  console.log('in timer 30');
  immediate('promise immediate').then(console.log);
  setImmediate(() => console.log('callback immediate'));
  Promise.resolve().then(() => console.log('microtask in timer 30'));
}, 30);
console.log(await delay(50, 'awaited 50'));
