// The tutorial's three seed programs as the repository keeps them: in corpus/asyncio, beside their
// CPython twins. Tests, benches and the load script read them from here, never from a folder
// beside the repository, which a clone from a public host does not have.
import path from 'node:path';

export const SEED_DIR = path.join(import.meta.dirname, 'asyncio');

/** The tutorial's file names → the repository's copies (byte-identical). */
export const SEED_FILES: Readonly<Record<string, string>> = {
  '1_sequential.ts': '01_seed_sequential.ts',
  '2_create_task.ts': '02_seed_create_task.ts',
  '3_other_tasks.ts': '03_seed_other_tasks.ts',
};

/** Path of a seed program by its tutorial name (`3_other_tasks.ts`). */
export const seedPath = (name: string): string => path.join(SEED_DIR, SEED_FILES[name] ?? name);
