// Typed arrays print with their type and length; big ones are cut at 100 items.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.log(new Uint8Array([1, 2, 3]));
console.log(new Float64Array([1.5, -0, NaN]));
console.log(new BigInt64Array([1n, -2n]));
console.log(new Int16Array(0));
console.log(new Uint8Array(120));
console.log(new Uint8ClampedArray([300, -5]));
console.log({ t: new Int32Array([7, 8]) });
console.log(new Float32Array(3).fill(0.1));
