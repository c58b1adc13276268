// Unbounded recursion: must end as a RangeError pointing at the recursive call.
// @ts-nocheck (hostile test program, run by hostile.test.ts)
function dive(depth: number): number {
  return dive(depth + 1) + 1;
}
console.log('diving');
dive(0);
