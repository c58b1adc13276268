// The README is a front door: at most 8 KB, its route index lists exactly the app's routes with
// the methods each exports, and the files it points a newcomer at exist.
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { appRoutes, readmeRoutes } from './routes.ts';
import { REPOSITORY_ROOT } from './tracked-files.ts';

const README = readFileSync(path.join(REPOSITORY_ROOT, 'README.md'), 'utf8');
/** The bound on the front page. */
const MAX_README_BYTES = 8 * 1024;

describe('README.md', () => {
  it(`is at most ${MAX_README_BYTES} bytes`, () => {
    expect(Buffer.byteLength(README)).toBeLessThanOrEqual(MAX_README_BYTES);
  });

  it('indexes every app/**/route.ts with its methods, and nothing else (rows: bin/tl-node lib/repository/routes.ts)', () => {
    const routes = appRoutes();
    expect(routes.length).toBeGreaterThanOrEqual(22);
    expect(routes.find((r) => r.path === '/api/run')).toEqual({ path: '/api/run', methods: ['POST'] });
    expect(routes.filter((r) => r.methods.length === 0), 'a route.ts exporting no method').toEqual([]);
    expect(readmeRoutes(README)).toEqual(routes);
  });

  it('points at files and folders that exist', () => {
    const paths = [...README.matchAll(/(?:\]\(|`)((?:docs|examples|lib|app|bin|e2e|prisma)\/[\w./\-[\]]*?)(?:\)|`| )/g)].map((m) => m[1]!.replace(/\/$/, ''));
    expect(paths.length).toBeGreaterThan(10);
    expect(paths.filter((p) => !existsSync(path.join(REPOSITORY_ROOT, p)))).toEqual([]);
  });
});

describe("the README's security section", () => {
  it('names limits that exist: each is an exported constant under lib/', () => {
    const section = README.slice(README.indexOf('## Security and limits'), README.indexOf('## HTTP routes'));
    const names = [...new Set([...section.matchAll(/`([A-Z][A-Z0-9_]{3,})`/g)].map((m) => m[1]!))];
    expect(names.length).toBeGreaterThanOrEqual(20);
    const declared = execFileSync('git', ['grep', '-hoE', 'export const [A-Z][A-Z0-9_]+ =', '--', 'lib'], { cwd: REPOSITORY_ROOT, encoding: 'utf8' });
    const exported = new Set([...declared.matchAll(/export const ([A-Z0-9_]+) =/g)].map((m) => m[1]!));
    expect(names.filter((n) => !exported.has(n))).toEqual([]);
  });
});

describe('the route index reader', () => {
  it('reads methods and path from a row, and ignores other tables', () => {
    expect(readmeRoutes('| GET, PUT | `/api/x/[id]` | what |\n| path | owns |\n| `lib/` | code |\n'))
      .toEqual([{ path: '/api/x/[id]', methods: ['GET', 'PUT'] }]);
  });
});
