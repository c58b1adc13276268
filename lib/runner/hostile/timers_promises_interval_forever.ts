// node:timers/promises setInterval consumed forever: the virtual clock runs on, one macrotask per tick, until a limit.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
import { setInterval as every } from 'node:timers/promises';
console.log('iterating');
for await (const _ of every(1)) { /* never breaks */ }
