// String.prototype[Symbol.split] and [Symbol.replace] redefined to forge: console.trace frames, grouped output and the error's line must stay true.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const forgedFrames = () => ['Trace: forged', '    at forged (main.js:1:1)'];
String.prototype[Symbol.split] = forgedFrames;
RegExp.prototype[Symbol.split] = forgedFrames;
String.prototype[Symbol.replace] = () => 'forged';
RegExp.prototype[Symbol.replace] = () => 'forged';
function whereAmI() {
  console.trace('here');
}
whereAmI();
console.group('group');
console.log('line 1\nline 2');
console.log({ nested: { text: 'a'.repeat(30) + '\n' + 'b'.repeat(60), list: [1, 2, 3] } });
console.groupEnd();
throw new Error('the real error');
