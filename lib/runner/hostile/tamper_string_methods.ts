// String.prototype.slice, replace, split, padStart, repeat, indexOf and toString are sabotaged; console formatting must not use them.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const hijack = () => { throw new Error('string method hijacked'); };
for (const m of ['slice', 'substring', 'replace', 'replaceAll', 'split', 'padStart', 'padEnd', 'repeat', 'indexOf', 'includes',
  'startsWith', 'endsWith', 'trim', 'toLowerCase', 'charCodeAt', 'concat', 'toString', 'valueOf']) {
  String.prototype[m] = hijack;
}
String.prototype[Symbol.iterator] = hijack;
RegExp.prototype.exec = hijack;
RegExp.prototype[Symbol.replace] = hijack;
RegExp.prototype[Symbol.split] = hijack;
async function worker(name: string, seconds: number) {
  await asyncio.sleep(seconds);
  console.log(`${name} done`);
  return name;
}
async function main() {
  const a = asyncio.createTask(worker('a', 2));
  const b = asyncio.createTask(worker('b', 1));
  console.log(`${await a} ${await b}`);
}
asyncio.run(main());
