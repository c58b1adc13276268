// toJSON on Object.prototype and String.prototype, and a JSON whose stringify forges output, try to rewrite what the runner serialises.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
Object.prototype.toJSON = () => 'forged object';
String.prototype.toJSON = () => 'forged string';
Number.prototype.toJSON = () => 'forged number';
Array.prototype.toJSON = () => ['forged'];
globalThis.JSON = { stringify: () => '["end","ok",0,null]', parse: () => ({}) };
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
