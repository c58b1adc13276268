// gather (with returnExceptions) and shield, line for line after CPython 3.11's tasks.py: every
// child's completion is seen by a done callback (one round later), and the outer future
// completes when the last one has been seen.
import { MapCtor, MapPrototypeGet, MapPrototypeSet, ObjectGetPrototypeOf, defineIndex, safeArray } from '../intrinsics.ts';
const ObjectPrototype = ObjectGetPrototypeOf({});
import { label } from '../promises.ts';
import { CancelledError } from '../errors.ts';
import { Future } from './future.ts';
import { ensureFuture } from './task.ts';
import { coroOf } from './coro.ts';
import { futureHandle } from './handles.ts';

/** _GatheringFuture: cancelling it cancels the children. */
class GatheringFuture extends Future {
  cancelRequested = false;
  readonly children: Future[];
  constructor(children: Future[]) { super(); this.children = children; }
  override cancel(msg?: unknown): boolean {
    if (this.done()) return false;
    let ret = false;
    for (let i = 0; i < this.children.length; i++) if (this.children[i].cancel(msg)) ret = true;
    if (ret) this.cancelRequested = true;
    return ret;
  }
}

/** gather over futures already made (asyncio.run's shutdown uses it with returnExceptions). */
export function gatherCores(futs: readonly Future[], returnExceptions: boolean): Future {
  if (futs.length === 0) {
    const outer = new Future();
    outer.setResult([]);
    return outer;
  }
  const children = safeArray<Future>();
  const seen = new MapCtor<Future, true>();
  let nfuts = 0, nfinished = 0;
  let outer: GatheringFuture | null = null;
  const doneCallback = (fut: Future) => {
    nfinished++;
    if (outer === null || outer.done()) {
      if (!fut.cancelled()) fut.exception();
      return;
    }
    if (!returnExceptions) {
      if (fut.cancelled()) { outer.setException(fut.makeCancelledError()); return; }
      const exc = fut.exception();
      if (exc !== null) { outer.setException(exc); return; }
    }
    if (nfinished === nfuts) {
      const results: unknown[] = [];
      for (let i = 0; i < children.length; i++) {
        const c = children[i];
        let res: unknown;
        if (c.cancelled()) res = c.makeCancelledError();
        else { res = c.exception(); if (res === null) res = c.result(); }
        defineIndex(results, i, res);
      }
      if (outer.cancelRequested) outer.setException(fut.makeCancelledError());
      else outer.setResult(results);
    }
  };
  for (let i = 0; i < futs.length; i++) {
    const fut = futs[i];
    if (MapPrototypeGet(seen, fut) === undefined) {
      MapPrototypeSet(seen, fut, true);
      nfuts++;
      fut.addDoneCallback(doneCallback, true);
    }
    children[children.length] = fut;
  }
  outer = new GatheringFuture(children);
  return outer;
}

/** The trailing `{ returnExceptions }` of gather(a, b, { returnExceptions: true }), if present. */
function optionsOf(args: unknown[]): { returnExceptions: boolean } | null {
  const last = args.length > 0 ? args[args.length - 1] : undefined;
  if (typeof last !== 'object' || last === null || coroOf(last) !== undefined) return null;
  if (typeof (last as { then?: unknown }).then === 'function') return null;
  const proto = ObjectGetPrototypeOf(last);
  if (proto !== ObjectPrototype && proto !== null) return null;
  return { returnExceptions: (last as { returnExceptions?: unknown }).returnExceptions === true };
}

export function gather(...args: unknown[]): unknown {
  const opts = optionsOf(args);
  const n = opts === null ? args.length : args.length - 1;
  // The same awaitable twice is one child (CPython's arg_to_fut).
  const byArg = new MapCtor<unknown, Future>();
  const futs = safeArray<Future>();
  for (let i = 0; i < n; i++) {
    let f = MapPrototypeGet(byArg, args[i]);
    if (f === undefined) { f = ensureFuture(args[i]); MapPrototypeSet(byArg, args[i], f); }
    futs[futs.length] = f;
  }
  const outer = gatherCores(futs, opts !== null && opts.returnExceptions);
  return label(futureHandle(outer), 'gather(' + n + ')');
}

/** shield(aw): the outer future can be cancelled; the inner task goes on. */
export function shield(arg: unknown): unknown {
  const inner = ensureFuture(arg);
  if (inner.done()) return futureHandle(inner);
  const outer = new Future();
  const innerDone = (f: Future) => {
    if (outer.cancelled()) { if (!f.cancelled()) f.exception(); return; }
    if (f.cancelled()) outer.cancel();
    else {
      const exc = f.exception();
      if (exc !== null) outer.setException(exc); else outer.setResult(f.result());
    }
  };
  inner.addDoneCallback(innerDone, true);
  outer.addDoneCallback(() => { if (!inner.done()) inner.removeDoneCallback(innerDone); }, true);
  return label(futureHandle(outer), 'shield');
}
void CancelledError;
