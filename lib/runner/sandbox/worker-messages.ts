// Messages between the pool (parent) and a sandbox worker process. The worker hosts untrusted
// code, so the parent validates everything it receives from it.
import { z } from 'zod';
import { RUN_STATUSES } from '../protocol.ts';
import { ExploreReportSchema } from '../explore/report.ts';
import { MAX_CHOICES_JSON_CHARS, type ExploreOptions } from '../explore/explore-limits.ts';
import type { Schedule } from '../explore/schedule.ts';

export interface RunCommand {
  type: 'run';
  runId: number;
  code: string;
  /** Replay this schedule (lib/runner/explore/schedule.ts) and report the choices made. */
  schedule?: Schedule;
  /** Explore the program's orderings instead of running it once (one job, one report). */
  explore?: ExploreOptions;
  /** A classroom test harness to run as its own phase after the program (harness-program.ts). */
  harness?: string;
}

const file = z.literal('harness').optional();
const position = z.object({ line: z.number().int().nonnegative(), column: z.number().int().nonnegative(), file });

export const RunErrorSchema = z.object({
  name: z.string().max(1_000),
  message: z.string().max(10_000),
  line: z.number().int().nonnegative(),
  column: z.number().int().nonnegative(),
  file,
});

export const WorkerEndingSchema = z.object({
  status: z.enum(RUN_STATUSES).nullable(),
  error: RunErrorSchema.optional(),
  errorAt: position.optional(),
  wallMs: z.number().nonnegative(),
  cpuMs: z.number().nonnegative(),
});
export type WorkerEnding = z.infer<typeof WorkerEndingSchema>;

export const WorkerMessageSchema = z.discriminatedUnion('type', [
  z.object({ type: z.literal('ready') }),
  /** The program compiled: from here the pool's CPU kill is a timeout, not "took too long to compile". */
  z.object({ type: z.literal('compiled'), runId: z.number().int() }),
  z.object({ type: z.literal('chunks'), runId: z.number().int(), chunks: z.array(z.string()) }),
  z.object({
    type: z.literal('done'), runId: z.number().int(), chunks: z.array(z.string()), ending: WorkerEndingSchema,
    /** A replayed schedule's choices (JSON text from CHOICES_GLOBAL), parsed and checked by the pool. */
    choices: z.string().max(MAX_CHOICES_JSON_CHARS).optional(),
    explore: ExploreReportSchema.optional(),
    /** The worker exits after this message (its memory crept past the recycle line): send it nothing more. */
    retiring: z.literal(true).optional(),
  }),
]);
export type WorkerMessage = z.infer<typeof WorkerMessageSchema>;
