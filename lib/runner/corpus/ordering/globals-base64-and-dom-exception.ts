// atob/btoa round trips and DOMException's name, code, message and class.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.log(btoa('Hello, Taskline!'), atob('SGVsbG8sIFRhc2tsaW5lIQ=='), atob(' SGk= '), btoa(''), atob(''));
console.log(btoa(String.fromCharCode(0, 255, 128)), [...atob('AP+A')].map((c) => c.charCodeAt(0)).join());
for (const bad of [() => btoa('€'), () => atob('a')]) {
  try { bad(); } catch (e: any) { console.log(e instanceof DOMException, e.name, e.code); }
}
const d = new DOMException('custom message', 'NotFoundError');
console.log(d.name, d.code, d.message, d instanceof Error, String(d));
const plain = new DOMException();
console.log(JSON.stringify(plain.name), plain.code, JSON.stringify(plain.message));
