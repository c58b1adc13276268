// AbortController and AbortSignal: abort events, reasons, throwIfAborted, AbortSignal.abort/any/timeout.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const ac = new AbortController();
const seen = [];
ac.signal.addEventListener('abort', (e) => seen.push('listener ' + e.type));
ac.signal.onabort = () => seen.push('onabort');
console.log(ac.signal.aborted, ac.signal.reason);
ac.abort();
ac.abort('ignored: already aborted');
console.log(seen.join(', '), ac.signal.aborted, ac.signal.reason instanceof DOMException, ac.signal.reason.name, ac.signal.reason.message);
try { ac.signal.throwIfAborted(); } catch (e: any) { console.log('threw', e.name); }
const custom = AbortSignal.abort({ why: 'custom' });
console.log(custom.aborted, custom.reason.why);
const a = new AbortController(), b = new AbortController();
const any = AbortSignal.any([a.signal, b.signal]);
any.addEventListener('abort', () => console.log('any aborted with', any.reason));
b.abort('b first');
a.abort('a later');
const t = AbortSignal.timeout(30);
t.addEventListener('abort', () => console.log('timeout signal', t.reason.name, t.reason.message));
setTimeout(() => console.log('keeps the program alive past the timeout'), 40);
