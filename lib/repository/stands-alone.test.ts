// The repository stands alone: a clone from a public host has nothing beside it, so no file may
// point at a folder next to the checkout (the seed programs once lived in one; examples/ has them now).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT, trackedFiles } from './tracked-files.ts';

/** Built from parts so this file does not match itself. */
const SIBLING_FOLDER = ['..', 'shared'].join('/');
const BINARY = /\.(png|jpe?g|gif|ico|woff2?|wasm|db|gz|zip)$/;

describe('the repository stands alone', () => {
  it(`no tracked file refers to ${SIBLING_FOLDER}`, () => {
    const files = trackedFiles();
    expect(files.length).toBeGreaterThan(200);
    expect(files).toContain('examples/01-sequential.ts');
    const offenders = files.filter((f) => !BINARY.test(f) && readFileSync(path.join(REPOSITORY_ROOT, f), 'utf8').includes(SIBLING_FOLDER));
    expect(offenders).toEqual([]);
  });
});
