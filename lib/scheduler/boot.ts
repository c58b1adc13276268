// BOOT_GLOBAL: the instrumented program's only statement calls it with the wrapped program; it
// removes itself, creates the script task and runs the program's top level inside it.
import type { Hooks } from './abi.ts';
import { SCRIPT_TASK_NAME } from './abi.ts';
import { hooks, startTask } from './hooks.ts';
import { runState } from './tasks.ts';

export function boot(program: (hooks: Hooks, scriptTaskId: number) => Promise<unknown>): void {
  if (runState.script !== null || typeof program !== 'function') return;
  const [rec] = startTask(SCRIPT_TASK_NAME, (t) => program(hooks, t));
  runState.script = rec;
}
