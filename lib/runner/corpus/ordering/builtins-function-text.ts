// The built-ins Taskline replaces or provides print as Node's own: name, length and source text
// (Node's `function then() { [native code] }`, or the JavaScript source of Node's own timers).
// Also the source of lib/scheduler/node-function-looks.ts (lib/runner/corpus/record-function-looks.ts).
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const PATHS = [
  'setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate', 'queueMicrotask',
  'structuredClone', 'atob', 'btoa', 'eval', 'Function.prototype.toString',
  'Promise', 'Promise.prototype.then', 'Promise.prototype.catch', 'Promise.prototype.finally', 'Promise.resolve',
  'Promise.reject', 'Promise.all', 'Promise.race', 'Promise.any', 'Promise.allSettled', 'Promise.withResolvers',
  'console.log', 'console.info', 'console.debug', 'console.warn', 'console.error', 'console.dir', 'console.table',
  'console.trace', 'console.assert', 'console.count', 'console.countReset', 'console.time', 'console.timeLog',
  'console.timeEnd', 'console.group', 'console.groupCollapsed', 'console.groupEnd', 'console.clear', 'console.dirxml',
  'console.Console', 'console.profile', 'console.profileEnd', 'console.timeStamp', 'console.context', 'console.createTask',
  'Date', 'Date.now', 'Date.parse', 'Date.UTC', 'Math.random',
  'performance.now', 'performance.mark', 'performance.measure',
  'process.nextTick', 'process.hrtime', 'process.hrtime.bigint', 'process.exit',
  'TextEncoder', 'AbortController', 'AbortSignal.abort', 'AbortSignal.timeout', 'CustomEvent', 'Reflect.construct',
];
for (const path of PATHS) {
  const fn = path.split('.').reduce((o, k) => o[k], globalThis);
  console.log(JSON.stringify([path, fn.name, fn.length, String(fn), Function.prototype.toString.call(fn) === String(fn)]));
}
console.log(String(console), Object.prototype.toString.call(console), String(Promise.prototype.then.call));
