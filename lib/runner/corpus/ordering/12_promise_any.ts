// Promise.any takes the first fulfilment, skipping rejections; all rejected gives an AggregateError.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
const ok = (ms: number, v: string) => new Promise<string>((r) => setTimeout(() => r(v), ms));
const fail = (ms: number, m: string) => new Promise<string>((_, rej) => setTimeout(() => rej(new Error(m)), ms));
async function main() {
  console.log(await Promise.any([fail(10, 'a'), ok(20, 'b'), ok(30, 'c')]));
  try {
    await Promise.any([fail(10, 'x'), fail(20, 'y')]);
  } catch (e) {
    const agg = e as AggregateError;
    console.log(agg.constructor.name, agg.errors.map((er: Error) => er.message));
  }
  try {
    await Promise.any([]);
  } catch (e) {
    console.log(`empty any: ${(e as AggregateError).errors.length} errors`);
  }
}
main().then(() => console.log('done'));
