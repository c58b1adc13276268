// The process-per-run row's virtual clock: timers fire at once, by due time then creation order,
// with the clock reading each timer's due time; the program runs in a real child `node`.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { runNodeProcess } from './node-process.ts';

const dir = mkdtempSync(path.join(os.tmpdir(), 'taskline-virtual-clock-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PROGRAM = `
const log = (what: string) => console.log(\`\${performance.now()} \${what}\`);
asyncio.sleep(2).then(() => log('b'));
asyncio.sleep(1).then(() => { log('a'); asyncio.sleep(1).then(() => log('c')); });
await asyncio.sleep(3600); // an hour: a real timer would never finish within the test's timeout
log('end');
`;

describe('virtual-clock preload', () => {
  it('fires timers without waiting, by due time then creation order, reading virtual time', async () => {
    const file = path.join(dir, 'program.mts');
    writeFileSync(file, PROGRAM);
    const lines = await runNodeProcess(['--import', path.join(import.meta.dirname, 'virtual-clock.ts'), file], 4_000);
    expect(lines).toEqual(['1000 a', '2000 b', '2000 c', '3600000 end']);
  });
});
