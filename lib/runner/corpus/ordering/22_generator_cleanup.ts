// Breaking out of for await runs the generator's finally; return() and throw() on async generators.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function* counter() {
  try {
    for (let i = 0; ; i++) {
      await new Promise((r) => setTimeout(r, 10));
      yield i;
    }
  } finally {
    console.log('counter finally');
    await null;
    console.log('counter cleaned up');
  }
}
async function* echo() {
  try {
    const got = yield 'ready';
    console.log(`echo received ${got}`);
    yield 'second';
  } catch (e) {
    console.log(`echo caught ${(e as Error).message}`);
    yield 'recovered';
  }
}
async function main() {
  for await (const n of counter()) {
    console.log(`n = ${n}`);
    if (n === 2) break;
  }
  const g = echo();
  console.log(await g.next());
  console.log(await g.next('ping'));
  console.log(await g.throw(new Error('pong')));
  console.log(await g.return('bye'));
  console.log(await g.next());
}
main();
