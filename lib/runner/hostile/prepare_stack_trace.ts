// Error.prepareStackTrace inspects call sites, looking for functions whose live `arguments` hold the
// runner's hooks, and forges the stack; then the program throws. The error must still be reported
// at its real line, and no hooks may be reachable.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
let hooksReachable = false;
Error.prepareStackTrace = (error, frames) => {
  for (const f of frames) {
    try {
      const args = f.getFunction?.()?.arguments;
      if (args && [...args].some((a) => a && typeof a.task === 'function')) hooksReachable = true;
    } catch {
      // strict functions refuse .arguments
    }
  }
  return 'forged stack at main.js:1:1';
};
function probe() {
  return new Error('probe').stack;
}
probe();
console.log(`hooks reachable: ${hooksReachable}`);
throw new Error('thrown after prepareStackTrace');
