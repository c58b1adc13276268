// The thrown value's name/message/stack getters throw and its toString/toPrimitive/inspect hooks throw or spin: reporting it must not.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const boom = () => { throw new Error('getter called'); };
const hostile = new Proxy({}, { get: boom, getOwnPropertyDescriptor: boom, ownKeys: boom, getPrototypeOf: boom, has: boom });
const weird = {
  get name() { return boom(); }, get message() { return boom(); }, get stack() { return boom(); },
  toString: boom, [Symbol.toPrimitive]: boom, [Symbol.for('nodejs.util.inspect.custom')]: boom,
};
console.log('throwing');
setTimeout(() => { throw weird; }, 10);
throw hostile;
