// node:timers/promises setInterval as an async iterator: one value per tick, stopped by break (return()).
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
import { setInterval as every, setTimeout as delay } from 'node:timers/promises';
let n = 0;
setTimeout(() => console.log('plain timer at 25'), 25);
for await (const v of every(10, 'tick')) {
  console.log(v, ++n);
  if (n === 2) await delay(15); // a slow consumer: the missed tick is still delivered
  if (n === 4) break;
}
console.log('after loop');
setTimeout(() => console.log('nothing else ticks'), 30);
