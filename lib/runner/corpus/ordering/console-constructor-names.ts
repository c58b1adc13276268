// Constructor names print only when the object really is an instance of that constructor.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
function F() {}
const f = new F();
console.log(f);
F.prototype = { replaced: true };
console.log(f, new F());
const fake = Object.create(Array.prototype);
console.log(fake);
const nullProto = Object.create(null);
nullProto.x = 1;
console.log(nullProto, Object.create(null));
class A { constructor() { this.a = 1; } }
class B extends A {}
console.log(new A(), new B());
const o = { constructor: { name: 'Liar' } };
console.log(o);
const p = Object.create(A.prototype);
console.log(p);
const q = { __proto__: { constructor: function Fake() {} } };
console.log(q);
class Tagged { get [Symbol.toStringTag]() { return 'Tag'; } }
console.log(new Tagged());
const objTag = { [Symbol.toStringTag]: 'Own' };
console.log(objTag);
const setProto = Object.setPrototypeOf({ y: 2 }, new A());
console.log(setProto);
console.log(Object.create(Object.create(null)));
