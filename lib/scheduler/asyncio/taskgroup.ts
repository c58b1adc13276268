// asyncio.TaskGroup (Python 3.11) in a callback form of `async with`: the block's tasks are
// awaited at its end; the first failure cancels the rest and the parent, and the failures
// come out together as an ExceptionGroup.
import { ErrorCtor, ObjectDefineProperty, ObjectFreeze, defineIndex, safeArray } from '../intrinsics.ts';
import { observe } from '../promises.ts';
import { isCancelledError } from '../errors.ts';
import { Future } from './future.ts';
import { type NewTaskOptions, type TaskCore, currentCore, newTask } from './task.ts';
import { awaitFuture } from './suspend.ts';
import { taskHandle, type Task } from './handles.ts';
import { RuntimeError } from './locks.ts';

export class ExceptionGroup extends ErrorCtor {
  readonly exceptions: readonly unknown[];
  constructor(message: string, exceptions: unknown[]) {
    super(message + ' (' + exceptions.length + ' sub-exception' + (exceptions.length === 1 ? '' : 's') + ')');
    const list: unknown[] = [];
    for (let i = 0; i < exceptions.length; i++) defineIndex(list, i, exceptions[i]);
    this.exceptions = ObjectFreeze(list);
  }
}
ObjectDefineProperty(ExceptionGroup.prototype, 'name', { value: 'ExceptionGroup', writable: true, configurable: true });

export class TaskGroup {
  #entered = false;
  #exiting = false;
  #aborting = false;
  #parent: TaskCore | null = null;
  #parentCancelRequested = false;
  #tasks = safeArray<TaskCore>();
  #errors = safeArray<unknown>();
  #onCompleted: Future | null = null;

  createTask<T>(coro: T, options: { name?: string } = {}): Task<unknown> {
    if (!this.#entered) throw new RuntimeError('TaskGroup has not been entered');
    if (this.#exiting && this.#tasks.length === 0) throw new RuntimeError('TaskGroup is finished');
    if (this.#aborting) throw new RuntimeError('TaskGroup is shutting down');
    const opts: NewTaskOptions = {};
    if (options !== null && typeof options === 'object' && typeof options.name === 'string') opts.name = options.name;
    const task = newTask(coro, opts);
    task.addDoneCallback(() => this.#onTaskDone(task), true);
    this.#tasks[this.#tasks.length] = task;
    return taskHandle(task);
  }

  #remove(task: TaskCore): void {
    const kept = safeArray<TaskCore>();
    for (let i = 0; i < this.#tasks.length; i++) if (this.#tasks[i] !== task) kept[kept.length] = this.#tasks[i];
    this.#tasks = kept;
  }

  #abort(): void {
    this.#aborting = true;
    for (let i = 0; i < this.#tasks.length; i++) if (!this.#tasks[i].done()) this.#tasks[i].cancel();
  }

  #onTaskDone(task: TaskCore): void {
    this.#remove(task);
    if (this.#onCompleted !== null && this.#tasks.length === 0 && !this.#onCompleted.done()) this.#onCompleted.setResult(true);
    if (task.cancelled()) return;
    const exc = task.exception();
    if (exc === null) return;
    this.#errors[this.#errors.length] = exc;
    if (this.#parent!.done()) return;
    if (!this.#aborting && !this.#parentCancelRequested) {
      this.#abort();
      this.#parentCancelRequested = true;
      this.#parent!.cancel();
    }
  }

  /** `async with TaskGroup() as tg: body(tg)`. */
  async run<T>(body: (tg: TaskGroup) => T | PromiseLike<T>): Promise<T> {
    if (this.#entered) throw new RuntimeError('TaskGroup has been already entered');
    this.#entered = true;
    this.#parent = currentCore();
    if (this.#parent === null) throw new RuntimeError('TaskGroup cannot determine the parent task');
    let result: T | undefined, threw = false, exc: unknown;
    try { result = await observed(body(this)); } catch (e) { threw = true; exc = e; }
    await this.#exit(threw, exc);
    return result as T;
  }

  async #exit(threw: boolean, exc: unknown): Promise<void> {
    const core = this.#parent!;
    this.#exiting = true;
    let propagate: unknown = threw && isCancelledError(exc) ? exc : null;
    if (this.#parentCancelRequested && core.uncancel() === 0) propagate = null;
    if (threw && !this.#aborting) this.#abort();
    while (this.#tasks.length > 0) {
      if (this.#onCompleted === null) this.#onCompleted = new Future();
      try {
        await awaitFuture(core, this.#onCompleted);
      } catch (e) {
        if (!isCancelledError(e)) throw e;
        if (!this.#aborting) { propagate = e; this.#abort(); }
      }
      this.#onCompleted = null;
    }
    if (propagate !== null && this.#errors.length === 0) throw propagate;
    if (threw && !isCancelledError(exc)) this.#errors[this.#errors.length] = exc;
    if (this.#errors.length > 0) {
      const errors = this.#errors;
      this.#errors = safeArray();
      throw new ExceptionGroup('unhandled errors in a TaskGroup', errors);
    }
  }
}

/** The body's promise is awaited here, by the group: it is not a floating promise. */
export function observed<T>(v: T): T {
  observe(v);
  return v;
}

/** asyncio.taskGroup(async (tg) => { … }): the callback form of `async with asyncio.TaskGroup() as tg`. */
export function taskGroup<T>(body: (tg: TaskGroup) => T | PromiseLike<T>): Promise<T> {
  return new TaskGroup().run(body);
}
