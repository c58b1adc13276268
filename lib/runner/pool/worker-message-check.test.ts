// The hand check of worker messages never accepts what WorkerMessageSchema refuses, and returns what
// zod would: the worker ran user code, so a message that slips past here is believed by the pool.
import { describe, expect, it } from 'vitest';
import { checkWorkerMessage } from './worker-message-check.ts';
import { WorkerMessageSchema } from '../sandbox/worker-messages.ts';

const ending = { status: 'ok', wallMs: 1, cpuMs: 1 };
const messages: unknown[] = [
  { type: 'ready' },
  { type: 'compiled', runId: 1 },
  { type: 'compiled', runId: 1, extra: 'dropped' },
  { type: 'compiled', runId: 1.5 },
  { type: 'compiled', runId: '1' },
  { type: 'compiled', runId: Number.MAX_SAFE_INTEGER + 2 },
  { type: 'compiled' },
  { type: 'chunks', runId: 7, chunks: ['[["log",0,"stdout","hi",1]]'] },
  { type: 'chunks', runId: 7, chunks: [] },
  { type: 'chunks', runId: 7, chunks: ['ok', 5] },
  { type: 'chunks', runId: 7, chunks: 'not an array' },
  { type: 'chunks', runId: 7, chunks: { length: 1, 0: 'x' } },
  { type: 'chunks', runId: -3, chunks: ['x'], ending },
  { type: 'chunks', runId: NaN, chunks: ['x'] },
  { type: 'chunks', runId: Infinity, chunks: ['x'] },
  JSON.parse('{"type":"chunks","runId":1,"chunks":["x"],"__proto__":{"polluted":true}}'),
  { type: 'done', runId: 1, chunks: ['x'], ending },
  { type: 'done', runId: 1, chunks: ['x'], ending, retiring: true },
  { type: 'done', runId: 1, chunks: ['x'], ending, retiring: false },
  { type: 'done', runId: 1, chunks: ['x'], ending, retiring: 'yes' },
  { type: 'done', runId: 1, chunks: ['x'] },
  { type: 'done', runId: 1, chunks: ['x'], ending: { ...ending, status: 'pwned' } },
  { type: 'done', runId: 1, chunks: [], ending: { status: null, wallMs: 0, cpuMs: 0, junk: 1 } },
  { type: 'done', runId: 1, chunks: [], ending: { status: 'ok', wallMs: -1, cpuMs: 0 } },
  { type: 'done', runId: 1, chunks: [], ending: { status: 'ok', wallMs: Infinity, cpuMs: 0 } },
  { type: 'done', runId: 1, chunks: [], ending: { status: 'ok', wallMs: 1, cpuMs: '1' } },
  { type: 'done', runId: 1, chunks: [], ending: { status: 'ok', wallMs: 1 } },
  { type: 'done', runId: 1, chunks: [], ending: { status: 'toString', wallMs: 1, cpuMs: 1 } },
  { type: 'done', runId: 1, chunks: [], ending: { status: 'error', wallMs: 1, cpuMs: 1, error: { name: 'E', message: 'm', line: 1, column: 2 } } },
  { type: 'done', runId: 1, chunks: [], ending: { status: 'error', wallMs: 1, cpuMs: 1, error: { name: 'E', message: 'm', line: -1, column: 2 } } },
  { type: 'done', runId: 1, chunks: [], ending: { status: 'error', wallMs: 1, cpuMs: 1, errorAt: { line: 3, column: 4, file: 'harness' } } },
  { type: 'done', runId: 1, chunks: [], ending: { status: 'ok', wallMs: 1, cpuMs: 1 }, choices: '{"n":[],"c":[]}' },
  { type: 'done', runId: 1, chunks: [], ending: { status: 'ok', wallMs: 1, cpuMs: 1 }, choices: 5 },
  { type: 'done', runId: 1, chunks: [], ending: { status: 'ok', wallMs: 1, cpuMs: 1 }, explore: { bogus: true } },
  { type: 'done', runId: 1, chunks: [1], ending: { status: 'ok', wallMs: 1, cpuMs: 1 } },
  { type: 'done', runId: 1, chunks: [], ending: null },
  { type: 'CHUNKS', runId: 1, chunks: [] },
  ['chunks', 1, []],
  null,
  undefined,
  'chunks',
  42,
];

describe('checkWorkerMessage', () => {
  it.each(messages.map((m, i) => [i, m]))('message %i: accepted exactly when zod accepts it, as zod returns it', (_i, message) => {
    const zod = WorkerMessageSchema.safeParse(message);
    const mine = checkWorkerMessage(message);
    expect(mine).toEqual(zod.success ? zod.data : null);
  });

  it('passes on no key but the ones the schema names', () => {
    const checked = checkWorkerMessage(JSON.parse('{"type":"chunks","runId":1,"chunks":["x"],"__proto__":{"polluted":true},"kill":1}'));
    expect(Object.keys(checked!)).toEqual(['type', 'runId', 'chunks']);
    expect((checked as unknown as { polluted?: boolean }).polluted).toBeUndefined();
  });
});
