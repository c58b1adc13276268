// Run repository: record a finished run with its summary columns and stored result, list a
// snippet's history newest first, and fetch one run with its full RunResult.
import type { Db } from './client.ts';
import type { RunResult } from '../runner/protocol.ts';
import { RUNNER_VERSION } from '../runner/version.ts';
import { randomId, RUN_ID_CHARS } from './ids.ts';
import { decodeResult, encodeResult, hashCode } from './run-payload.ts';
import { FOREIGN_KEY_VIOLATION, hasPrismaCode } from './prisma-errors.ts';

/** Most runs a history lists, newest first. */
export const RUN_HISTORY_LIMIT = 100;

export interface RunSummary {
  id: string;
  snippetId: string | null;
  codeHash: string;
  runnerVersion: string;
  status: string;
  virtualMs: number;
  wallMs: number;
  cpuMs: number;
  taskCount: number;
  createdAt: Date;
}

export interface StoredRun {
  summary: RunSummary;
  result: RunResult;
  /** The exact code that produced the run; null for runs stored before runs kept their code. */
  code: string | null;
}

const SUMMARY_FIELDS = {
  id: true, snippetId: true, codeHash: true, runnerVersion: true, status: true,
  virtualMs: true, wallMs: true, cpuMs: true, taskCount: true, createdAt: true,
} as const;
// The code rides only with a full run: a history of 100 runs must not carry 100 programs.
const FULL_FIELDS = { ...SUMMARY_FIELDS, code: true, resultJson: true, resultGzip: true } as const;

/** Stores a run; null when `snippetId` names no snippet. `snippetId: null` stores a lone run. */
export async function recordRun(
  db: Db,
  input: { snippetId: string | null; code: string; result: RunResult },
): Promise<StoredRun | null> {
  const { result } = input;
  try {
    const summary = await db.run.create({
      data: {
        id: randomId(RUN_ID_CHARS),
        snippetId: input.snippetId,
        codeHash: hashCode(input.code),
        code: input.code,
        runnerVersion: RUNNER_VERSION,
        status: result.status,
        virtualMs: result.virtualMs,
        wallMs: result.stats.wallMs,
        cpuMs: result.stats.cpuMs,
        taskCount: result.tasks.length,
        ...encodeResult(result),
      },
      select: SUMMARY_FIELDS,
    });
    return { summary, result, code: input.code };
  } catch (error) {
    if (hasPrismaCode(error, FOREIGN_KEY_VIOLATION)) return null;
    throw error;
  }
}

export async function listRuns(db: Db, snippetId: string, limit = RUN_HISTORY_LIMIT): Promise<RunSummary[]> {
  // id breaks ties between runs stored in the same millisecond, so the order is stable.
  return db.run.findMany({ where: { snippetId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], take: limit, select: SUMMARY_FIELDS });
}

export async function findRun(db: Db, runId: string): Promise<StoredRun | null> {
  const row = await db.run.findUnique({ where: { id: runId }, select: FULL_FIELDS });
  return row && toStoredRun(row);
}

export async function latestRun(db: Db, snippetId: string): Promise<StoredRun | null> {
  const row = await db.run.findFirst({ where: { snippetId }, orderBy: [{ createdAt: 'desc' }, { id: 'desc' }], select: FULL_FIELDS });
  return row && toStoredRun(row);
}

/** The latest run of exactly this code: what a share page shows beside the saved code. */
export async function latestRunOfCode(db: Db, snippetId: string, code: string): Promise<StoredRun | null> {
  const row = await db.run.findFirst({
    where: { snippetId, codeHash: hashCode(code) },
    orderBy: [{ createdAt: 'desc' }, { id: 'desc' }],
    select: FULL_FIELDS,
  });
  return row && toStoredRun(row);
}

function toStoredRun(row: RunSummary & { code: string | null; resultJson: string | null; resultGzip: Uint8Array<ArrayBuffer> | null }): StoredRun {
  const { code, resultJson, resultGzip, ...summary } = row;
  return { summary, result: decodeResult({ resultJson, resultGzip }), code };
}

/** A fork starts from the run it forked: the original's latest run of its code, copied to the fork. */
export async function copyLatestRunOfCode(db: Db, fromSnippetId: string, toSnippetId: string, code: string): Promise<StoredRun | null> {
  const run = await latestRunOfCode(db, fromSnippetId, code);
  return run && recordRun(db, { snippetId: toSnippetId, code: run.code ?? code, result: run.result });
}
