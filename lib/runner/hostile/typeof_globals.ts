// None of the host's powerful globals exist inside the sandbox (its process is the sandbox's own, without binding).
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log(typeof WebAssembly, typeof SharedArrayBuffer, typeof Atomics, typeof process.binding, typeof fetch);
console.log(typeof require, typeof module, typeof Buffer);
