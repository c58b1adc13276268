// The run repository on both providers: summaries, small and gzip-compressed results, history
// order, lone runs, and output no database may mangle.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_PROVIDERS, type TestDatabase } from './test-support/test-databases.ts';
import { createSnippet } from './snippets.ts';
import { findRun, latestRun, latestRunOfCode, listRuns, recordRun } from './runs.ts';
import { hashCode, RESULT_GZIP_THRESHOLD_BYTES } from './run-payload.ts';
import { RUNNER_VERSION } from '../runner/version.ts';
import type { RunResult } from '../runner/protocol.ts';

function result(virtualMs: number, lines: string[] = []): RunResult {
  return {
    status: 'ok',
    virtualMs,
    console: lines.map((text, i) => ({ t: i, stream: 'stdout', text, taskId: 1 })),
    tasks: [{ id: 1, name: 'main', parentId: null, createdAt: 0, settledAt: virtualMs, state: 'fulfilled', spans: [{ from: 0, to: virtualMs, kind: 'waiting', detail: `sleep(${virtualMs})` }] }],
    warnings: [],
    stats: { wallMs: 4.5, cpuMs: 3.25, events: lines.length + 2, truncated: false },
  };
}

describe.each(TEST_PROVIDERS)('run repository on %s', (provider) => {
  let t: TestDatabase;
  let snippetId: string;
  beforeAll(async () => {
    t = await openTestDatabase(provider);
    snippetId = (await createSnippet(t.db, { title: 'runs', code: 'await sleep(3000)' })).snippet.id;
  }, 60_000);
  afterAll(async () => t?.drop());

  it('records a run with its summary columns and returns the full result', async () => {
    const stored = await recordRun(t.db, { snippetId, code: 'await sleep(3000)', result: result(3000, ['a']) });
    expect(stored?.summary).toMatchObject({
      snippetId, status: 'ok', virtualMs: 3000, wallMs: 4.5, cpuMs: 3.25, taskCount: 1,
      runnerVersion: RUNNER_VERSION, codeHash: hashCode('await sleep(3000)'),
    });
    expect(await findRun(t.db, stored!.summary.id)).toEqual(stored);
  });

  it('keeps the exact code of each run, and finds the latest run of given code', async () => {
    const own = (await createSnippet(t.db, { title: 'code', code: 'saved()' })).snippet.id;
    const ofSaved = await recordRun(t.db, { snippetId: own, code: 'saved()', result: result(1000) });
    const ofDraft = await recordRun(t.db, { snippetId: own, code: 'draft()\n// unsaved', result: result(6000) });
    expect((await findRun(t.db, ofDraft!.summary.id))?.code).toBe('draft()\n// unsaved');
    expect((await latestRun(t.db, own))?.summary.id).toBe(ofDraft!.summary.id);
    // A share page shows saved() beside a run of saved(), never the later run of the draft.
    expect((await latestRunOfCode(t.db, own, 'saved()'))?.summary.id).toBe(ofSaved!.summary.id);
    expect((await latestRunOfCode(t.db, own, 'saved()'))?.code).toBe('saved()');
    expect(await latestRunOfCode(t.db, own, 'never ran')).toBeNull();
    // The history list stays light: summaries carry no code.
    expect(Object.keys((await listRuns(t.db, own))[0])).not.toContain('code');
  });

  it('round-trips a result larger than the gzip threshold', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) => `line ${i} ${'·'.repeat(20)}`);
    const big = result(6000, lines);
    expect(JSON.stringify(big).length).toBeGreaterThan(RESULT_GZIP_THRESHOLD_BYTES);
    const stored = await recordRun(t.db, { snippetId, code: 'big', result: big });
    const row = await t.db.run.findUnique({ where: { id: stored!.summary.id } });
    expect(row?.resultJson).toBeNull();
    expect(row?.resultGzip?.byteLength).toBeLessThan(JSON.stringify(big).length / 4);
    expect((await findRun(t.db, stored!.summary.id))?.result).toEqual(big);
  });

  it('keeps NUL, lone surrogates and markup in program output intact', async () => {
    const odd = result(1, ['nul:\u0000 lone:\ud800 <script>x</script> \'; DROP TABLE "Run"; --']);
    const stored = await recordRun(t.db, { snippetId, code: 'odd', result: odd });
    expect((await findRun(t.db, stored!.summary.id))?.result).toEqual(odd);
  });

  it('lists history newest first and finds the latest run', async () => {
    const { snippet } = await createSnippet(t.db, { title: 'history', code: 'x' });
    const ids: string[] = [];
    for (const ms of [6000, 3000, 1000]) {
      ids.push((await recordRun(t.db, { snippetId: snippet.id, code: 'x', result: result(ms) }))!.summary.id);
      await new Promise((r) => setTimeout(r, 5)); // distinct createdAt
    }
    const history = await listRuns(t.db, snippet.id);
    expect(history.map((r) => r.id)).toEqual(ids.reverse());
    expect(history.map((r) => r.virtualMs)).toEqual([1000, 3000, 6000]);
    expect((await latestRun(t.db, snippet.id))?.summary.id).toBe(ids[0]);
    expect(await latestRun(t.db, 'nosuchid00')).toBeNull();
  });

  it('stores a lone run and refuses one for an unknown snippet', async () => {
    const lone = await recordRun(t.db, { snippetId: null, code: 'lone', result: result(5) });
    expect(lone?.summary.snippetId).toBeNull();
    expect(await recordRun(t.db, { snippetId: 'nosuchid00', code: 'x', result: result(5) })).toBeNull();
    expect(await findRun(t.db, 'nosuchrun000')).toBeNull();
  });
});
