// A then chain of 200,000 links completes, as in Node, within the isolate's memory, and the
// promises at its end print their states.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
let p = Promise.resolve(0);
for (let i = 0; i < 200000; i++) p = p.then((v) => v + 1);
console.log(p);
p.then((v) => { console.log('done', v); console.log(p); });
