// A then chain of 150,000 links completes as in Node, and the promises at its end print their
// states. golden-js-semantics.test.ts runs 200,000 links on their own: beside the whole corpus on
// a loaded machine, that many can reach the 2 s CPU limit.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
let p = Promise.resolve(0);
for (let i = 0; i < 150000; i++) p = p.then((v) => v + 1);
console.log(p);
p.then((v) => { console.log('done', v); console.log(p); });
