// Unbounded async recursion: every call synchronously starts the next task before its first await.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
async function dive(depth: number): Promise<number> {
  return (await dive(depth + 1)) + 1;
}
console.log('diving async');
await dive(0);
