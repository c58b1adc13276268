// AggregateError prints its errors as [errors]; causes print as [cause].
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
Error.stackTraceLimit = 0;
const agg = new AggregateError([new Error('first'), new TypeError('second'), 'not an error'], 'many failed');
console.log(agg);
console.log({ agg });
const withCause = new Error('outer', { cause: new Error('inner') });
console.log(withCause);
console.log(new Error('primitive cause', { cause: 'because' }));
Promise.any([Promise.reject(new Error('a')), Promise.reject(new Error('b'))]).catch((e) => {
  console.log(e);
  console.log(e.errors.length, e.constructor.name);
});
