// import.meta (an ES-module escape hatch to the host's URL and resolver) is a compile error.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('before');
const url = import.meta.url;
console.log(url);
