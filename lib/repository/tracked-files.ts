// The repository's own files, for tests about the repository as a whole: what git tracks (and what
// is added but not yet committed), or, in a copy without .git, every file outside the ignored folders.
import { execFileSync } from 'node:child_process';
import { existsSync, lstatSync, readdirSync } from 'node:fs';
import path from 'node:path';

export const REPOSITORY_ROOT = path.join(import.meta.dirname, '..', '..');

/** Folders a copy without .git skips: installed, generated or built, never written by hand. */
const UNTRACKED_DIRS = new Set(['.git', 'node_modules', '.tools', '.next', 'data', 'coverage', 'test-results', 'playwright-report', 'generated']);

function walk(dir: string, out: string[]): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.isDirectory()) {
      if (!UNTRACKED_DIRS.has(entry.name)) walk(path.join(dir, entry.name), out);
    } else if (entry.isFile()) out.push(path.relative(REPOSITORY_ROOT, path.join(dir, entry.name)));
  }
  return out;
}

const isFile = (f: string) => existsSync(path.join(REPOSITORY_ROOT, f)) && lstatSync(path.join(REPOSITORY_ROOT, f)).isFile();

/** Repository-relative paths of the repository's regular files (deleted-but-tracked files and links left out). */
export function trackedFiles(): string[] {
  if (!existsSync(path.join(REPOSITORY_ROOT, '.git'))) return walk(REPOSITORY_ROOT, []).sort();
  const list = (...args: string[]) => execFileSync('git', ['ls-files', '-z', ...args], { cwd: REPOSITORY_ROOT, encoding: 'utf8', maxBuffer: 64 << 20 }).split('\0').filter(Boolean);
  const files = new Set([...list(), ...list('--others', '--exclude-standard')]);
  return [...files].filter(isFile).sort();
}
