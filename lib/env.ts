// The only reader of process.env: every setting Taskline takes, validated with zod at first use.
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Sandbox worker processes; defaults to the number of cores. */
  TASKLINE_POOL_SIZE: z.coerce.number().int().min(1).max(64).optional(),
  /** Project root, where lib/runner/sandbox/worker.ts lives; defaults to the working directory. */
  TASKLINE_ROOT: z.string().min(1).optional(),
  /** Where the user invoked `npm run taskline` (npm runs scripts from the package root). */
  INIT_CWD: z.string().min(1).optional(),
});
export type Env = z.infer<typeof EnvSchema>;

let cached: Env | undefined;

export function env(): Env {
  if (!cached) {
    const parsed = EnvSchema.safeParse(process.env);
    if (!parsed.success) {
      throw new Error(`invalid environment: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
    }
    cached = parsed.data;
  }
  return cached;
}

export function poolSize(): number {
  return env().TASKLINE_POOL_SIZE ?? Math.max(1, os.availableParallelism());
}

export function projectRoot(): string {
  return env().TASKLINE_ROOT ?? process.cwd();
}

export function sandboxWorkerScript(root = projectRoot()): string {
  return path.join(/* turbopackIgnore: true */ root, 'lib', 'runner', 'sandbox', 'worker.ts');
}

/** Directory relative paths on the command line are resolved against. */
export function invocationDir(): string {
  return env().INIT_CWD ?? process.cwd();
}
