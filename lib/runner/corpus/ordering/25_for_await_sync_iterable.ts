// for await over an array of promises and values awaits each in order, even when later ones settle first.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const after = (ms: number, v: string) => new Promise<string>((r) => setTimeout(() => { console.log(`settled ${v}`); r(v); }, ms));
async function main() {
  const items = [after(30, 'slow'), 'plain', after(10, 'fast'), Promise.resolve('resolved')];
  for await (const item of items) console.log(`item ${item}`);
  const custom = {
    [Symbol.asyncIterator]() {
      let i = 0;
      return { next: async () => (i < 3 ? { value: i++, done: false } : { value: undefined, done: true }) };
    },
  };
  for await (const v of custom) console.log(`custom ${v}`);
}
main().then(() => console.log('done'));
