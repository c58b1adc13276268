// The tutorial's three seed programs, by their tutorial names, as the repository keeps them: in the
// root examples/ folder (the gallery's first three). Tests, benches and the load script read them from
// there, never from a folder beside the repository, which a clone from a public host does not have.
import { examplePath } from '../../examples/catalog.ts';

/** The tutorial's file names → the gallery's example ids. */
export const SEED_EXAMPLES: Readonly<Record<string, string>> = {
  '1_sequential.ts': 'sequential',
  '2_create_task.ts': 'create-task',
  '3_other_tasks.ts': 'other-tasks',
};

/** Path of a seed program by its tutorial name (`3_other_tasks.ts`). */
export function seedPath(name: string): string {
  const id = SEED_EXAMPLES[name];
  if (!id) throw new Error(`no seed program named ${name}`);
  return examplePath(id);
}

/** The CPython twins in corpus/asyncio (`01_seed_sequential.py`) → their TypeScript in examples/. */
export const SEED_TWINS: Readonly<Record<string, string>> = {
  '01_seed_sequential': seedPath('1_sequential.ts'),
  '02_seed_create_task': seedPath('2_create_task.ts'),
  '03_seed_other_tasks': seedPath('3_other_tasks.ts'),
};
