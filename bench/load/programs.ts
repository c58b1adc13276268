// What the load test sends: the three seed programs as benign traffic from a large population of
// addresses, a mix of the hostile corpus from three attacker addresses, and a CPU-heavy program
// for the overload check. Every body can be made unique so the result cache cannot answer it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seedPath } from '../../lib/runner/corpus/seeds.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');
const HOSTILE_DIR = path.join(ROOT, 'lib', 'runner', 'hostile');

const SEEDS = ['1_sequential.ts', '2_create_task.ts', '3_other_tasks.ts'];

/**
 * Hostile programs by kind: infinite loops (sync, microtask, timer), memory bombs, output, trace
 * and timer floods, escape attempts.
 */
const HOSTILE = [
  'infinite_loop.ts', 'microtask_loop.ts', 'cpu_timeout_spin.ts', 'cpu_interval_spin.ts',
  'memory_doubling.ts', 'memory_array.ts', 'memory_string_repeat.ts',
  'output_flood.ts', 'trace_flood.ts', 'timer_flood.ts', 'interval_1ms_forever.ts',
  'escape_function_constructor.ts', 'escape_eval_indirect.ts', 'escape_this_constructor.ts',
];

/** Addresses the three attackers send from (TEST-NET-1, documentation addresses). */
export const ATTACKER_ADDRESSES = ['192.0.2.1', '192.0.2.2', '192.0.2.3'];

/** The overload check's program: unique per request, spins until the CPU limit stops it. */
export const CPU_HEAVY = 'let x = 0;\nwhile (true) x++;\n';

const read = (dir: string, file: string) => readFileSync(path.join(dir, file), 'utf8');

export const benignPrograms: string[] = SEEDS.map((f) => readFileSync(seedPath(f), 'utf8'));
export const hostilePrograms: string[] = HOSTILE.map((f) => read(HOSTILE_DIR, f));

/** A trailing comment makes the body, and so the result-cache key, unique without changing the run. */
export function unique(code: string, n: number): string {
  return `${code}\n// load request ${n}\n`;
}

/** The n-th address of a population of 2^24 ordinary users: 10.x.y.z, fresh for each n. */
export function userAddress(n: number): string {
  const k = (n * 2_654_435_761) % 16_777_216; // spread consecutive n over the space
  return `10.${(k >> 16) & 255}.${(k >> 8) & 255}.${k & 255}`;
}
