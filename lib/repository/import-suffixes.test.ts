// One rule for import suffixes, in every folder (docs/conventions.md): a module inside the repository
// (./, ../ or @/) is imported by its file name with its extension ('./state.ts'), as Node's own type
// stripping requires of what it runs directly; a package is imported by its name.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT, trackedFiles } from './tracked-files.ts';

/** Static imports and re-exports, dynamic import(), and vi.mock/importActual of a path. */
const SPECIFIER = /(?:(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?|\b(?:import|mock|importActual)\(\s*)['"]([^'"]+)['"]/g;
const IN_REPOSITORY = /^(?:\.{1,2}\/|@\/)/;
const WITH_EXTENSION = /\.(?:ts|tsx|mts|js|mjs|cjs|json|css)$/;

/** Repository-relative `file: specifier` of every in-repository specifier without an extension. */
export function suffixlessImports(): string[] {
  const found: string[] = [];
  for (const file of trackedFiles()) {
    if (!/\.(?:ts|tsx|mts)$/.test(file) || file.endsWith('.d.ts')) continue;
    const text = readFileSync(path.join(REPOSITORY_ROOT, file), 'utf8');
    for (const [, spec] of text.matchAll(SPECIFIER)) {
      if (IN_REPOSITORY.test(spec!) && !WITH_EXTENSION.test(spec!)) found.push(`${file}: ${spec}`);
    }
  }
  return found.sort();
}

describe('import suffixes', () => {
  it('every import of a repository file names its extension', () => {
    expect(suffixlessImports()).toEqual([]);
  });

  it('the scan sees imports in every form it checks', () => {
    // Split where it would match, so this file's own scan does not find the sample.
    const sample = "import { a } from './a';\nexport * from '../b.ts';\nimport type { C } from '@/lib/c';\nconst d = await import" + "('./d');\nvi.mock('./e.ts');\nimport 'zod';";
    const specs = [...sample.matchAll(SPECIFIER)].map((m) => m[1]);
    expect(specs).toEqual(['./a', '../b.ts', '@/lib/c', './d', './e.ts', 'zod']);
    expect(specs.filter((s) => IN_REPOSITORY.test(s!) && !WITH_EXTENSION.test(s!))).toEqual(['./a', '@/lib/c', './d']);
  });
});
