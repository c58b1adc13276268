// Async function declarations are hoisted: callable before their line, in blocks and in switch cases.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
early().then((v) => console.log('early:', v));
async function early() { return 'hoisted'; }
{
  inBlock().then((v) => console.log('block:', v));
  async function inBlock() { return 'block scoped'; }
}
console.log(typeof inBlock);
for (const n of [1, 2]) {
  looped(n).then((v) => console.log('loop:', v));
  async function looped(x) { return x * 10; }
}
switch (1) {
  case 1:
    inCase().then((v) => console.log('case:', v));
    break;
  case 2:
    async function inCase() { return 'from case 2'; }
}
async function early2() {}
console.log(early.name, early2.length);
