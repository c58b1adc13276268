// Every HTTP route of the app, read from app/**/route.ts: its path as the folders spell it
// (`/api/snippets/[id]`) and the methods the file exports. `bin/tl-node lib/repository/routes.ts`
// prints them as rows of the README's route index, for a new route to be added there.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPOSITORY_ROOT } from './tracked-files.ts';

export interface Route { path: string; methods: string[] }

const METHODS = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'] as const;
/** `export async function GET`, `export const POST =`, `export { GET, PUT }`. */
const exported = (source: string, method: string) =>
  new RegExp(`^export\\s+(async\\s+)?(function\\s+|const\\s+|let\\s+)${method}\\b`, 'm').test(source)
  || new RegExp(`^export\\s*\\{[^}]*\\b${method}\\b[^}]*\\}`, 'm').test(source);

function routeFiles(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) routeFiles(full, out);
    else if (entry.name === 'route.ts') out.push(full);
  }
  return out;
}

export function appRoutes(): Route[] {
  const app = path.join(REPOSITORY_ROOT, 'app');
  return routeFiles(app).map((file) => {
    const source = readFileSync(file, 'utf8');
    const folders = path.relative(app, path.dirname(file)).split(path.sep).filter((f) => !/^\(.*\)$/.test(f));
    return { path: `/${folders.join('/')}`, methods: METHODS.filter((m) => exported(source, m)) };
  }).sort((a, b) => a.path.localeCompare(b.path));
}

/** The rows of the README's index: `| methods | path | what |`. */
export function readmeRoutes(readme: string): Route[] {
  const rows = [...readme.matchAll(/^\| ([A-Z, ]+) \| `(\/[^`]*)` \|/gm)];
  return rows.map((m) => ({ path: m[2]!, methods: m[1]!.split(',').map((s) => s.trim()) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

if (import.meta.main) {
  for (const r of appRoutes()) console.log(`| ${r.methods.join(', ')} | \`${r.path}\` | … |`);
}
