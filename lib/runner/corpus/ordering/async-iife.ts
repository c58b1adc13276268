// Async IIFEs of every shape run synchronously up to their first await and keep their own `this`.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.log('start');
(async () => { console.log('arrow body'); await null; console.log('arrow after await'); })();
(async function () { console.log('function this:', this); })();
(async function named() { console.log('named:', named.name, typeof named); })();
void (async () => { console.log('void arrow'); })();
const result = (async (x, y = x * 2) => x + y)(5);
result.then((v) => console.log('result', v));
(async function () { return this; }).call('bound this').then((v) => console.log('call this:', v));
console.log('end');
