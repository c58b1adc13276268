// The only reader of process.env: every setting Taskline takes, validated with zod at first use.
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';

/** The embedded default: a SQLite file under data/, which is git-ignored. */
export const DEFAULT_DATABASE_URL = 'file:./data/taskline.db';

/** The local PostgreSQL 15 of development machines and CI (trust auth, database `test`). */
export const DEFAULT_TEST_POSTGRES_URL = 'postgresql://postgres@127.0.0.1:5432/test';

const EnvSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** Sandbox worker processes; defaults to the number of cores. */
  TASKLINE_POOL_SIZE: z.coerce.number().int().min(1).max(64).optional(),
  /** Project root, where lib/runner/sandbox/worker.ts lives; defaults to the working directory. */
  TASKLINE_ROOT: z.string().min(1).optional(),
  /** Where the user invoked `npm run taskline` (npm runs scripts from the package root). */
  INIT_CWD: z.string().min(1).optional(),
  /**
   * Where snippets and runs are stored: `file:<path>` for SQLite (relative paths resolve against
   * the project root) or `postgresql://…` (an optional `?schema=` picks the PostgreSQL schema).
   */
  DATABASE_URL: z
    .string()
    .regex(/^(file:|postgres(ql)?:\/\/)/, 'must start with file: (SQLite) or postgresql:// (PostgreSQL)')
    .default(DEFAULT_DATABASE_URL),
  /**
   * Whether a reverse proxy in front of the app sets X-Forwarded-For (its first hop is then the
   * client). Off: bin/server.ts overwrites that header with the connection's address, so a client
   * cannot choose its own rate-limit identity.
   */
  TASKLINE_TRUST_PROXY: z.stringbool().default(false),
  /**
   * Where users reach the app, e.g. https://taskline.example: the origin of og:url links and the
   * only Origin state-changing requests may come from. Host and X-Forwarded-* headers are never
   * trusted for either. Unset: only loopback hosts are served these (development, tests).
   */
  TASKLINE_PUBLIC_URL: z.url({ protocol: /^https?$/ }).optional(),
  /** Port bin/server.ts listens on (its -p flag wins), as for `next start`. */
  PORT: z.coerce.number().int().min(0).max(65_535).default(3000),
  /** PostgreSQL the persistence tests create (and drop) a fresh schema in. */
  TASKLINE_TEST_POSTGRES_URL: z.string().regex(/^postgres(ql)?:\/\//).default(DEFAULT_TEST_POSTGRES_URL),
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

/**
 * Reads only TASKLINE_ROOT, not the whole cached env(): modules that locate files at import time
 * (the examples catalog) must not freeze the environment before a test points DATABASE_URL elsewhere.
 */
export function projectRoot(): string {
  return EnvSchema.shape.TASKLINE_ROOT.parse(process.env.TASKLINE_ROOT) ?? process.cwd();
}

export function sandboxWorkerScript(root = projectRoot()): string {
  return path.join(/* turbopackIgnore: true */ root, 'lib', 'runner', 'sandbox', 'worker.ts');
}

/** The environment a child process inherits (e.g. the Prisma CLI), plus overrides. */
export function childEnvironment(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return { ...process.env, ...overrides };
}

/** Directory relative paths on the command line are resolved against. */
export function invocationDir(): string {
  return env().INIT_CWD ?? process.cwd();
}

export function databaseUrl(): string {
  return env().DATABASE_URL;
}

export function trustProxy(): boolean {
  return env().TASKLINE_TRUST_PROXY;
}

export function listenPort(): number {
  return env().PORT;
}

export function testPostgresUrl(): string {
  return env().TASKLINE_TEST_POSTGRES_URL;
}

/** The public origin (scheme://host[:port]) from TASKLINE_PUBLIC_URL, or null when it is unset. */
export function publicOrigin(): string | null {
  const url = env().TASKLINE_PUBLIC_URL;
  return url ? new URL(url).origin : null;
}
