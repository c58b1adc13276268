// printf-style specifiers (%s %d %i %f %j %o %O %c) given values whose conversions throw or are cyclic.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const boom = () => { throw new Error('conversion called'); };
const tricky = { toString: boom, valueOf: boom, [Symbol.toPrimitive]: boom, toJSON: boom };
const cyclic = { name: 'loop' };
cyclic.self = cyclic;
for (const spec of ['%s', '%d', '%i', '%f', '%j', '%o', '%O', '%c']) {
  try {
    console.log(`${spec}:${spec}`, tricky);
  } catch (e) {
    console.log(`${spec} threw ${e.message}`);
  }
}
console.log('%j %o', cyclic, cyclic);
console.log('still alive');
