// Error.prepareStackTrace is set to inspect call sites (looking for host or scheduler functions)
// and to forge the stack; then the program throws. The error must still be reported, with its line.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
const found: string[] = [];
Error.prepareStackTrace = (error, frames) => {
  for (const f of frames) {
    const fn = f.getFunction?.();
    if (fn) found.push(fn.name || 'anonymous');
  }
  return 'forged stack at main.js:1:1';
};
try {
  null.boom;
} catch (e) {
  void e.stack;
}
console.log(`functions reachable from call sites: ${found.length}`);
throw new Error('thrown after prepareStackTrace');
