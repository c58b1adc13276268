// The examples/ folder at the repository's root, read once: the gallery's menu (through the page),
// the tests, the benches, the load scripts and the classroom seed all take their programs from here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../env.ts';
import { parseLesson, type Example } from './example.ts';

export type { Example };

/** Read at run time from the checkout (the server runs from it), not bundled. */
export const examplesDir = (): string => path.join(/* turbopackIgnore: true */ projectRoot(), 'examples');

/** `NN-id.ts`: the number orders the menu, the rest is the example's id. */
const EXAMPLE_FILE = /^(\d\d)-([a-z0-9-]+)\.ts$/;

/** What a first visit shows: the tutorial's richest program. */
export const DEFAULT_EXAMPLE_ID = 'other-tasks';

let cached: readonly Example[] | undefined;

/** Every example, in menu order. Throws naming the file when one is malformed. */
export function loadExamples(): readonly Example[] {
  if (cached) return cached;
  const files = readdirSync(examplesDir()).filter((f) => EXAMPLE_FILE.test(f)).sort();
  const examples = files.map((file): Example => {
    const id = EXAMPLE_FILE.exec(file)![2]!;
    const lessonFile = file.replace(/\.ts$/, '.md');
    const code = readFileSync(path.join(examplesDir(), file), 'utf8');
    return { id, code, ...parseLesson(lessonFile, readFileSync(path.join(examplesDir(), lessonFile), 'utf8')) };
  });
  const ids = new Set(examples.map((e) => e.id));
  if (ids.size !== examples.length) throw new Error('examples/: two examples share an id');
  for (const e of examples) {
    if (e.fixedBy && !ids.has(e.fixedBy)) throw new Error(`examples/: ${e.id} is fixed by ${e.fixedBy}, which does not exist`);
  }
  if (!ids.has(DEFAULT_EXAMPLE_ID)) throw new Error(`examples/: the default example ${DEFAULT_EXAMPLE_ID} is missing`);
  cached = Object.freeze(examples);
  return cached;
}

/** The example with this id; throws when there is none (callers name ids the repository has). */
export function example(id: string): Example {
  const found = loadExamples().find((e) => e.id === id);
  if (!found) throw new Error(`examples/: no example "${id}"`);
  return found;
}

/** Path of an example's program, for tools that read or run the file itself. */
export function examplePath(id: string): string {
  const file = readdirSync(examplesDir()).find((f) => EXAMPLE_FILE.exec(f)?.[2] === id);
  if (!file) throw new Error(`examples/: no example "${id}"`);
  return path.join(examplesDir(), file);
}
