// Default depth 2: deeper objects print as [Object] / [Array] / [ClassName].
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
class Leaf { constructor() { this.v = 1; } }
const data = { l1: { l2: { l3: { l4: 1 }, arr: [[1, [2]]], leaf: new Leaf(), m: new Map([[1, { x: 1 }]]) } } };
console.log(data);
console.log([[[[1]]]]);
console.log({ a: { b: { c: {} } } });
console.log({ a: { b: { c: [] } } });
console.log({ a: { b: { s: new Set([1]), n: Object.create(null) } } });
