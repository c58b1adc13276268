// Scenario 4: the disk under SQLite fills up. Saves that do not fit must answer a clear 507 (or
// 503) saying storage is full, the server must stay up and keep serving reads, every acknowledged
// save must be intact, and once space is freed (a filler file removed) saves must work again.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sleep, startServer } from '../production-server.ts';
import { postJson, readsBackExactly, saveSnippet, snippetContent, statusCounts, type Answer, type SavedSnippet } from './http.ts';
import { checkSqliteFile } from './sqlite-file.ts';
import { Checks, type ScenarioResult } from './scenario.ts';

const PORT = 4404;
/** Size of the tmpfs holding the database. */
const TMPFS_SIZE = '3m';
/** Filler written first and deleted at the end, to free space, in bytes. */
const FILLER_BYTES = 1024 * 1024;
/** Code per save, in bytes: under the 64 KiB limit, so a few dozen saves fill the disk. */
const SAVE_PAD_BYTES = 50_000;
/** Saves to try before concluding the disk never filled. */
const MAX_SAVES = 500;
/** Saves attempted after the first refusal, to see every one refused the same way. */
const SAVES_AFTER_FULL = 5;
/** Attempts to unmount while the stopped server's last file handles close, and the pause between, in ms. */
const UMOUNT_ATTEMPTS = 20;
const UMOUNT_RETRY_MS = 250;

/** Unmounts the tmpfs, waiting out a briefly busy mount; lazily detaches it as a last resort. */
async function unmount(dir: string): Promise<void> {
  for (let attempt = 1; attempt < UMOUNT_ATTEMPTS; attempt++) {
    try {
      execFileSync('umount', [dir], { stdio: 'pipe' });
      return;
    } catch {
      await sleep(UMOUNT_RETRY_MS);
    }
  }
  execFileSync('umount', ['--lazy', dir]);
}

function isClearFull(answer: Answer): boolean {
  const error = (answer.body as { error?: unknown } | null)?.error;
  return (answer.status === 507 || answer.status === 503) && typeof error === 'string' && /storage is full/.test(error);
}

export async function diskFull(): Promise<ScenarioResult> {
  const checks = new Checks();
  const figures: string[] = [];
  if (process.getuid?.() !== 0) return { name: 'SQLite disk full', pass: false, figures: '', failures: ['needs root to mount a tmpfs'] };
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskline-faults-full-'));
  execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${TMPFS_SIZE}`, 'tmpfs', dir]);
  try {
    const filler = path.join(dir, 'filler');
    fs.writeFileSync(filler, Buffer.alloc(FILLER_BYTES, 1));
    const file = path.join(dir, 'taskline.db');
    const server = await startServer(PORT, { DATABASE_URL: `file:${file}` });
    try {
      const acked: SavedSnippet[] = [];
      const refused: Answer[] = [];
      for (let i = 0; i < MAX_SAVES && refused.length <= SAVES_AFTER_FULL; i++) {
        const { answer, saved } = await saveSnippet(server.url, snippetContent(0, i, SAVE_PAD_BYTES));
        if (saved) acked.push(saved);
        else refused.push(answer);
      }
      figures.push(`acknowledged ${acked.length} before full`, `refused ${statusCounts(refused)}`);
      checks.expect(refused.length > 0, `the disk never filled in ${MAX_SAVES} saves`);
      checks.expect(refused.every(isClearFull), `refused saves were not a clear "storage is full": ${statusCounts(refused)} ${JSON.stringify(refused.find((a) => !isClearFull(a))?.body ?? '').slice(0, 200)}`);
      if (refused[0]) figures.push(`message "${(refused[0].body as { error?: string }).error}"`);

      const run = await postJson(`${server.url}/api/run`, { code: 'console.log("still up")' });
      checks.expect(run.status === 200 && (run.body as { status?: string }).status === 'ok', `a run while full answered ${run.status}`);
      let unreadable = 0;
      for (const saved of acked) if (!(await readsBackExactly(server.url, saved))) unreadable++;
      figures.push(`reads while full: ${acked.length - unreadable}/${acked.length} exact`);
      checks.expect(unreadable === 0, `${unreadable} acknowledged saves could not be read back while full`);

      fs.rmSync(filler);
      const { saved: afterFree } = await saveSnippet(server.url, snippetContent(1, 0, SAVE_PAD_BYTES));
      figures.push(`save after freeing space ${afterFree ? 'ok' : 'refused'}`);
      checks.expect(afterFree !== undefined, 'a save after freeing space was refused');
    } finally {
      await server.stop();
    }
    const onDisk = checkSqliteFile(file);
    figures.push(`integrity ${onDisk.integrity}`);
    checks.expect(onDisk.integrity === 'ok', `integrity_check: ${onDisk.integrity}`);
    return checks.result('SQLite disk full', figures);
  } finally {
    await unmount(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
