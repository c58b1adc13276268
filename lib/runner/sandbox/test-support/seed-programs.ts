// The tutorial's three seed programs from examples/, compiled by the real instrumenter, for the
// isolate driver's tests and measure.ts (the ABI-level helpers in instrument-by-hand.ts stay for
// programs the instrumenter would never emit, such as bare runaway loops).
import { readFileSync } from 'node:fs';
import { seedPath } from '../../corpus/seeds.ts';
import { compileProgram } from '../../transpile/index.ts';

function compiledSeed(name: string): string {
  const out = compileProgram(readFileSync(seedPath(name), 'utf8'));
  if (!out.ok) throw new Error(`${name}: ${out.error.message}`);
  return out.program;
}

export const seed1 = compiledSeed('1_sequential.ts');
export const seed2 = compiledSeed('2_create_task.ts');
export const seed3 = compiledSeed('3_other_tasks.ts');
