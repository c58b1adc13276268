// Every host global a Node program could use to get out: none may exist, by name or through globalThis,
// except the sandbox's own process, setImmediate and structuredClone (whose reach the escape_* programs test).
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const names = ['process', 'require', 'global', 'module', 'exports', '__dirname', '__filename', 'fetch', 'XMLHttpRequest',
  'Buffer', 'setImmediate', 'structuredClone', 'WebSocket', 'importScripts', 'Deno', 'Bun'];
const present = names.filter((n) => {
  try { return Function(`return typeof ${n}`)() !== 'undefined' || n in globalThis; } catch { return true; }
});
console.log(`present: [${present.join(',')}]`);
console.log(typeof globalThis.global, typeof globalThis.process?.binding);
