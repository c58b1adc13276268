// Prototype pollution aimed at the runner's own objects: Object.prototype gets getters named like its task and timer fields.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
for (const key of ['task', 'fn', 'repeat', 'active', 'due', 'seq', 'state', 'kind', 'detail', 'waitingOn', 'cancelRequested',
  'exited', 'config', 'ended', 'now', 'current', 'maxEvents', 'maxVirtualMs']) {
  Object.defineProperty(Object.prototype, key, { get() { throw new Error(`getter ${key} hijacked`); }, configurable: true });
}
async function tick(i: number) {
  await sleep(100 * i);
  console.log(`tick ${i}`);
}
await Promise.all([tick(1), tick(2)]);
setTimeout(() => console.log('timer'), 50);
