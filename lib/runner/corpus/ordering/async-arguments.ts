// `arguments` in an async function holds the call's arguments, defaults excluded, and is not live.
// @ts-nocheck (test data for the differential test: run by node and by Taskline)
async function f(a, b = 'default') {
  const before = arguments.length;
  a = 'changed';
  await null;
  return `${before} ${arguments[0]} ${b} ${Array.from(arguments).join('+')}`;
}
f(1).then(console.log);
f(1, 2, 3).then(console.log);
f().then(console.log);
const outer = function () { return (async () => arguments.length)(); };
outer('x', 'y').then((n) => console.log('arrow sees outer arguments:', n));
