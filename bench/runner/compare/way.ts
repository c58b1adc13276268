// One way of running seed program 3 that the comparison measures: how to do one run (its console
// lines come back so they can be checked against Taskline's) and how many runs each figure takes.
import type { ThroughputPlan } from './throughput.ts';

export interface Way {
  name: string;
  /** What the row measures, for the table's notes column. */
  note: string;
  /** One complete run of the program; resolves to the lines it printed. */
  run(): Promise<string[]>;
  warmupRuns: number;
  /** Sequential runs behind p50/p99. */
  latencyRuns: number;
  throughput: ThroughputPlan;
  /** For ways that run inside this process: runs/s on `concurrency` threads instead of callers. */
  runsPerSecond?(concurrency: number, expected: readonly string[]): Promise<number>;
}
