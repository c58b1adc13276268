// Child process for the kill -9 test: saves snippets in a loop and prints one JSON line per save
// only after the database acknowledged it. Usage: node save-loop.ts <DATABASE_URL>
import { createDb } from '../client.ts';
import { parseDatabaseUrl } from '../database-url.ts';
import { createSnippet } from '../snippets.ts';

const db = createDb(parseDatabaseUrl(process.argv[2], process.cwd()));
for (let i = 0; ; i++) {
  const title = `save ${i} <b>'"`;
  const code = `// ${i}\n${'x'.repeat(i % 500)}`;
  const { snippet } = await createSnippet(db, { title, code });
  process.stdout.write(`${JSON.stringify({ id: snippet.id, title, code })}\n`);
}
