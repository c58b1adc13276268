// asyncio.timeout / timeoutAt (Python 3.11), as a callback form of `async with`: at the deadline
// the task is cancelled; if that cancellation reaches the end of the block it becomes TimeoutError.
import { S } from '../state.ts';
import { TimeoutError, isCancelledError } from '../errors.ts';
import { callLater, callSoon, toMs } from './ready.ts';
import { type TaskCore, currentCore } from './task.ts';
import { RuntimeError } from './locks.ts';
import { observed } from './taskgroup.ts';

const CREATED = 'created', ENTERED = 'active', EXPIRING = 'expiring', EXPIRED = 'expired', EXITED = 'finished';

export class Timeout {
  #state = CREATED;
  #when: number | null;
  #task: TaskCore | null = null;
  #handle: { cancel(): void } | null = null;
  /** when: virtual seconds on the loop's clock (loop.time()), or null for no deadline. */
  constructor(when: number | null) { this.#when = when; }
  when(): number | null { return this.#when; }
  expired(): boolean { return this.#state === EXPIRING || this.#state === EXPIRED; }
  reschedule(when: number | null): void {
    if (this.#state !== ENTERED) throw new RuntimeError('Cannot change state of ' + this.#state + ' Timeout');
    this.#when = when;
    if (this.#handle !== null) this.#handle.cancel();
    if (when === null) { this.#handle = null; return; }
    const nowS = S.now / 1000;
    if (when <= nowS) {
      const h = callSoon(() => this.#onTimeout(), true);
      this.#handle = { cancel() { h.cancelled = true; } };
    } else this.#handle = callLater(toMs(when - nowS), () => this.#onTimeout(), true);
  }
  #onTimeout(): void {
    this.#task!.cancel();
    this.#state = EXPIRING;
    this.#handle = null;
  }
  /** `async with timeout: body(timeout)`. */
  async run<T>(body: (cm: Timeout) => T | PromiseLike<T>): Promise<T> {
    this.#state = ENTERED;
    this.#task = currentCore();
    if (this.#task === null) throw new RuntimeError('Timeout should be used inside a task');
    this.reschedule(this.#when);
    let result: T;
    try {
      result = await observed(body(this));
    } catch (e) {
      this.#exit(e, true);
      throw e;
    }
    this.#exit(undefined, false);
    return result;
  }
  #exit(e: unknown, threw: boolean): void {
    if (this.#handle !== null) { this.#handle.cancel(); this.#handle = null; }
    if (this.#state === EXPIRING) {
      this.#state = EXPIRED;
      if (this.#task!.uncancel() === 0 && threw && isCancelledError(e)) throw new TimeoutError();
    } else if (this.#state === ENTERED) this.#state = EXITED;
  }
}

/** asyncio.timeout(seconds, body): body runs with a deadline `seconds` from now. */
export function timeout<T>(delay: number | null, body: (cm: Timeout) => T | PromiseLike<T>): Promise<T> {
  return new Timeout(delay === null || delay === undefined ? null : S.now / 1000 + +delay).run(body);
}
export function timeoutAt<T>(when: number | null, body: (cm: Timeout) => T | PromiseLike<T>): Promise<T> {
  return new Timeout(when).run(body);
}
