// kill -9 in the middle of a save loop: every save the child acknowledged (printed after the
// database returned) must be intact when the database is opened again.
import { spawn } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openTestDatabase, TEST_PROVIDERS } from './test-support/test-databases.ts';
import { createDb } from './client.ts';
import { findSnippet } from './snippets.ts';

/** Acknowledged saves to wait for before killing the child. */
const ACKS_BEFORE_KILL = 40;
const SAVE_LOOP = path.join(import.meta.dirname, 'test-support', 'save-loop.ts');

interface Ack {
  id: string;
  title: string;
  code: string;
}

/** Starts the save loop, SIGKILLs it after enough acks, and returns every complete ack line. */
function saveThenKill(url: string): Promise<Ack[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [SAVE_LOOP, url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let buffered = '';
    let stderr = '';
    const acks: Ack[] = [];
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop() ?? ''; // a torn last line was never fully acknowledged
      for (const line of lines) acks.push(JSON.parse(line) as Ack);
      if (acks.length >= ACKS_BEFORE_KILL) child.kill('SIGKILL');
    });
    child.on('error', reject);
    child.on('close', (_code, signal) => {
      if (signal !== 'SIGKILL') reject(new Error(`save loop ended on its own: ${stderr}`));
      else resolve(acks);
    });
  });
}

describe.each(TEST_PROVIDERS)('durability on %s', (provider) => {
  it('keeps every acknowledged snippet after kill -9', async () => {
    const t = await openTestDatabase(provider);
    try {
      const acks = await saveThenKill(t.url);
      expect(acks.length).toBeGreaterThanOrEqual(ACKS_BEFORE_KILL);
      const reopened = createDb(t.target);
      try {
        for (const ack of acks) {
          expect(await findSnippet(reopened, ack.id)).toMatchObject({ title: ack.title, code: ack.code });
        }
        if (provider === 'sqlite') {
          expect(await reopened.$queryRawUnsafe('PRAGMA integrity_check')).toEqual([{ integrity_check: 'ok' }]);
        }
      } finally {
        await reopened.$disconnect();
      }
    } finally {
      await t.drop();
    }
  }, 120_000);
});
