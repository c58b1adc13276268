// nextTick and promise jobs feeding each other forever: every round is a host call, so the macrotask limit ends it.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
let rounds = 0;
function ping() { rounds++; Promise.resolve().then(() => process.nextTick(ping)); }
console.log('ping-pong');
ping();
