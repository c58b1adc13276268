// ArrayBuffer and DataView print their bytes ([Uint8Contents]) and lengths.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const buf = new ArrayBuffer(8);
const view = new DataView(buf);
view.setUint8(0, 255);
view.setUint16(2, 0xbeef);
console.log(buf);
console.log(view);
console.log(new ArrayBuffer(0));
console.log(new ArrayBuffer(60));
console.log({ buf: new Uint8Array([1, 2, 3]).buffer });
console.log(new DataView(buf, 2, 4));
const u16 = new Uint16Array(buf);
console.log(u16);
console.log([buf]);
console.log('%o', new ArrayBuffer(2));
