// globalThis.constructor.constructor and friends: every path to Function gives the sandbox's own.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const F1 = globalThis.constructor.constructor;
const F2 = ({}).constructor.constructor;
const F3 = Reflect.getPrototypeOf(Math.max).constructor;
console.log(F1 === F2 && F2 === F3 && F3 === Function);
console.log(F1('return typeof process.binding')(), Reflect.construct(F2, ['return typeof require'])());
console.log(F3('return this')() === globalThis);
