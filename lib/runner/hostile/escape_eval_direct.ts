// Direct eval runs in the enclosing scope: it must not hand out the runner's hooks (the wrapper's parameters) or let a program forge tasks.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const probes = ['__' + 'tl', '__' + 'tl_t', 'typeof process.binding', 'typeof require'];
const seen = probes.map((p) => {
  try {
    const v = eval(p);
    return typeof v === 'object' && v !== null ? Object.keys(v).join(',') || 'object' : String(v);
  } catch (e) {
    return e.name;
  }
});
console.log(seen.join(' | '));
try {
  eval('__' + 'tl').task('forged', async () => {});
} catch (e) {
  console.log(`forging failed: ${e.name}`);
}
