// Sets, Maps and arrays over 100 entries are cut with "... N more items".
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const nums = Array.from({ length: 130 }, (_, i) => i);
console.log(new Set(nums));
console.log(new Map(nums.map((n) => [n, 'v' + n])));
console.log(nums);
console.log(new Set(nums.slice(0, 101)));
console.log(new Set(nums.slice(0, 100)).size);
console.log({ inner: new Map(nums.slice(0, 102).map((n) => [String(n), n])) });
console.log(new Set(nums.map(String)));
