// Node rejects a non-function callback with ERR_INVALID_ARG_TYPE and a message naming what it got.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const values = [undefined, null, 'code', "it's", 'a'.repeat(40), 0, -0, NaN, 7, true, 10n, {}, [], new Map(), Symbol('s')];
for (const v of values) {
  try { setTimeout(v as any, 1); } catch (e: any) { console.log(e.code, '|', e.message); }
}
for (const f of [setInterval, setImmediate, queueMicrotask, process.nextTick]) {
  try { (f as any)('nope'); } catch (e: any) { console.log(e.name, e.code, String(e) === `TypeError [${e.code}]: ${e.message}`); }
}
