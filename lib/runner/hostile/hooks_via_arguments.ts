// The top level is not a function: `arguments` must not hand out the runner's hooks (Node's ES
// modules have no top-level `arguments`), or a program could forge tasks in the trace.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
let seen = 'nothing';
try {
  seen = Object.keys(arguments[0] ?? {}).join(',') || 'no hooks';
  arguments[0].task('forged', async () => {});
} catch (e) {
  seen = e.name;
}
console.log(seen);
