// Scenario 2: kill -9 of the whole server (SQLite) while several clients save snippets. Every save
// that was acknowledged (201 with an id) must be readable with its exact content after a restart,
// the file must pass PRAGMA integrity_check, and the restarted server must accept new saves.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sleep, startServer } from '../production-server.ts';
import { readsBackExactly, saveSnippet, snippetContent, type SavedSnippet } from './http.ts';
import { checkSqliteFile } from './sqlite-file.ts';
import { Checks, type ScenarioResult } from './scenario.ts';

const PORT = 4402;
/** Concurrent saving clients. */
const CLIENTS = 6;
/** Acknowledged saves to wait for before the kill, so it lands mid-stream. */
const ACKS_BEFORE_KILL = 150;
/** Code padding per save varies up to this many bytes, so saves span several pages. */
const MAX_PAD_BYTES = 20_000;

export async function appKill(): Promise<ScenarioResult> {
  const checks = new Checks();
  const figures: string[] = [];
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskline-faults-kill-'));
  const file = path.join(dir, 'taskline.db');
  const env = { DATABASE_URL: `file:${file}` };
  try {
    const server = await startServer(PORT, env);
    const acked: SavedSnippet[] = [];
    let attempted = 0;
    let killed = false;
    const client = async (c: number) => {
      for (let i = 0; !killed; i++) {
        attempted++;
        const { saved } = await saveSnippet(server.url, snippetContent(c, i, (i * 7919) % MAX_PAD_BYTES));
        if (saved) acked.push(saved);
        else if (killed) return;
      }
    };
    const clients = Array.from({ length: CLIENTS }, (_, c) => client(c));
    while (acked.length < ACKS_BEFORE_KILL) await sleep(10);
    killed = true;
    await server.kill9();
    await Promise.all(clients);
    const inFlight = attempted - acked.length;
    figures.push(`acknowledged ${acked.length}`, `in flight at the kill ${inFlight}`);

    const onDisk = checkSqliteFile(file);
    figures.push(`integrity ${onDisk.integrity}`, `rows ${onDisk.snippets}`);
    checks.expect(onDisk.integrity === 'ok', `integrity_check after kill -9: ${onDisk.integrity}`);
    checks.expect(onDisk.snippets >= acked.length, `${onDisk.snippets} rows on disk for ${acked.length} acknowledged saves`);

    const restarted = await startServer(PORT, env);
    try {
      let lost = 0;
      for (const saved of acked) if (!(await readsBackExactly(restarted.url, saved))) lost++;
      figures.push(`lost ${lost}`);
      checks.expect(lost === 0, `${lost} acknowledged saves were lost or changed`);
      const { saved } = await saveSnippet(restarted.url, snippetContent(99, 0));
      checks.expect(saved !== undefined && (await readsBackExactly(restarted.url, saved)), 'the restarted server did not accept a new save');
      figures.push(`new save after restart ${saved ? 'ok' : 'failed'}`);
    } finally {
      await restarted.stop();
    }
    return checks.result('app kill -9 mid-save (SQLite)', figures);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
