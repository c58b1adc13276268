// A JSON.parse reviver that never returns.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
console.log('parsing');
JSON.parse('{"a":[1,2,3]}', () => { while (true) {} });
