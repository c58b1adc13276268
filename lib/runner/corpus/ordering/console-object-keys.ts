// console itself as Node shows it: its enumerable keys in Node's order (Object.keys, console.log(console)),
// the inspector-only methods (clear, profile, timeStamp… do nothing on a pipe), dirxml as log,
// console.context's silent console, createTask, and the Console constructor's error without streams.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
console.log(Object.keys(console));
console.log(console);
console.log(Object.prototype.toString.call(console), String(console));
console.log(console.clear(), console.profile('p'), console.profileEnd('p'), console.timeStamp('t'));
console.dirxml({ a: 1 }, [2], 'three');
const quiet = console.context('ctx');
quiet.log('never printed');
console.log(Object.keys(quiet).join(), quiet === console, typeof quiet.log, String(quiet.log));
const task = console.createTask('work');
console.log(task, task.run(() => 'ran'));
try {
  new console.Console();
} catch (e) {
  console.log(e.name, e.code, e.message, String(e));
}
console.log(console.Console.name, console.Console.length, typeof console.Console.prototype);
