// String(fn) and fn.toString() give the source text exactly as written, for async functions of every form.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function   spaced ( a,b )   {
  // a comment stays
  return a+b;
}
const arrow = async x=>x*2;
const expr = async function named(){ return await named.length; };
const obj = { async method( ) { return 1 } };
class Service {
  static async create() { return new Service(); }
  async run(  ) {
    const inner = async () => 'inner';
    return inner();
  }
}
console.log(String(spaced));
console.log(arrow.toString());
console.log(`${expr}`);
console.log(obj.method.toString());
console.log(Service.create.toString());
console.log(Service.prototype.run.toString());
console.log(Function.prototype.toString.call(arrow));
