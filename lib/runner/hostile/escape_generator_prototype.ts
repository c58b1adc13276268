// Object.getPrototypeOf(function*(){}).constructor is GeneratorFunction; it must build functions that see only the sandbox.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const GeneratorFunction = Object.getPrototypeOf(function* () {}).constructor;
const gen = GeneratorFunction('yield typeof process.binding; yield typeof require; yield Object.keys(this ?? {}).length')();
console.log([...gen].join(' '));
const viaProto = Object.getPrototypeOf(Object.getPrototypeOf(async () => {})).constructor.constructor('return typeof process.binding')();
console.log(viaProto);
