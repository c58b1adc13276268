// EventTarget with Event and CustomEvent: listener order, once, removal, handleEvent objects, preventDefault.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const target = new EventTarget();
const log = (s) => console.log(s);
const a = (e) => log('a ' + e.type + ' ' + e.detail);
target.addEventListener('ping', a);
target.addEventListener('ping', { handleEvent(e) { log('object ' + (this !== target)); } });
target.addEventListener('ping', () => log('once'), { once: true });
target.addEventListener('ping', a); // the same listener twice is one registration
target.dispatchEvent(new CustomEvent('ping', { detail: 1 }));
target.removeEventListener('ping', a);
target.dispatchEvent(new CustomEvent('ping', { detail: 2 }));
target.addEventListener('cancel', (e) => e.preventDefault());
const ev = new Event('cancel', { cancelable: true });
console.log(target.dispatchEvent(ev), ev.defaultPrevented, ev.type, ev.cancelable);
const plain = new CustomEvent('x');
console.log(plain.detail, plain instanceof Event);
setTimeout(() => target.dispatchEvent(new Event('later')), 5);
target.addEventListener('later', () => log('later event from a timer'));
console.log(Object.prototype.toString.call(target), String(new Event('e')), Object.prototype.toString.call(new AbortController().signal));
