// Generates the Prisma client of each provider into lib/db/generated/<provider>/ (git-ignored).
// Skips a provider whose client is newer than its schema, so bin/install stays fast.
// Usage: node prisma/generate-clients.ts [--force]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const ROOT = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const PRISMA_CLI = path.join(ROOT, 'node_modules', 'prisma', 'build', 'index.js');
const PROVIDERS = ['sqlite', 'postgresql'] as const;

const mtime = (file: string) => (fs.existsSync(file) ? fs.statSync(file).mtimeMs : 0);

for (const provider of PROVIDERS) {
  const schema = path.join(ROOT, 'prisma', provider, 'schema.prisma');
  const client = path.join(ROOT, 'lib', 'db', 'generated', provider, 'client.ts');
  const cliVersion = path.join(ROOT, 'node_modules', 'prisma', 'package.json');
  if (!process.argv.includes('--force') && mtime(client) > Math.max(mtime(schema), mtime(cliVersion))) continue;
  // Prisma's CLI narrates every call (config loaded, env skipped, the schema's placeholder url):
  // its output is shown only when generate fails, as bin/start does for migrate.
  const generated = spawnSync(process.execPath, [PRISMA_CLI, 'generate', '--schema', schema], {
    cwd: ROOT,
    encoding: 'utf8',
    // generate never connects; a URL of the right provider keeps prisma.config.ts consistent.
    env: { ...process.env, DATABASE_URL: provider === 'sqlite' ? 'file:./data/taskline.db' : 'postgresql://unused@localhost/unused', CHECKPOINT_DISABLE: '1', PRISMA_HIDE_UPDATE_MESSAGE: '1' },
  });
  if (generated.status !== 0) {
    process.stderr.write(`${generated.stdout ?? ''}${generated.stderr ?? ''}${generated.error ? `${generated.error}\n` : ''}`);
    console.error(`generate-clients: prisma generate failed for ${provider}`);
    process.exit(1);
  }
  console.log(`generate-clients: lib/db/generated/${provider}`);
}
