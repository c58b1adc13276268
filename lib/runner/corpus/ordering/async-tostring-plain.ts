// toString of plain functions, arrows, accessors, generators and classes is their text as written,
// also when they hold async functions the runner rewrites.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
function add(a,b){return a+b}
const mul=(a,b)=>a*b;
class Point{ constructor(x){this.x=x} get double(){return this.x*2} static *range(n){ for(let i=0;i<n;i++) yield i } }
function makeWorker(){ return async (job)=>{ await null; return job } }
const obj={ handler(){ return async function inner(){} } };
console.log(String(add));
console.log(`${mul}`);
console.log(Point.toString());
console.log(Object.getOwnPropertyDescriptor(Point.prototype, 'double').get.toString());
console.log(Point.range.toString());
console.log(makeWorker.toString());
console.log(makeWorker().toString());
console.log(obj.handler.toString(), '|', obj.handler().toString());
