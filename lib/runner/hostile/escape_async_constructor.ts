// AsyncFunction and AsyncGeneratorFunction constructors, reached through instances, must see only the sandbox.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const AsyncFunction = (async () => {}).constructor;
const AsyncGeneratorFunction = (async function* () {}).constructor;
const viaAsync = await AsyncFunction('return typeof process.binding + " " + typeof require')();
const viaAsyncGen = (await AsyncGeneratorFunction('yield typeof globalThis.process.binding')().next()).value;
const escaped = await AsyncFunction('try { return this.constructor.constructor("return process")().pid } catch (e) { return e.name }')();
console.log(viaAsync, viaAsyncGen, escaped);
