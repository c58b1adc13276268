// The functions V8 gets for a program's then handlers: each runs its handler as the task that
// registered it (S.current = owner, the trace's attribution) and notes what it settles the derived
// promise with (returned or thrown) in that promise's record (promise-records.ts).
//
// Memory: a then chain of 200,000 links must fit the isolate's 64 MB next to V8's own promises and
// reactions (~150 bytes a link). A closure per handler with its context costs ~120 bytes; here the
// handler, its owner and its parent live in the record (in fields not used until it settles), and
// V8 gets a shared runner bound to the record (48 bytes). Handler and parent are let go once it runs.
import { uncurryThis } from './intrinsics.ts';
import { type Rec, noteOutcome, ownerOf, reject, setOwner, settle } from './promise-records.ts';
import { S } from './state.ts';
import { attributeResolution } from './thenables.ts';

const FunctionPrototypeBind = uncurryThis(Function.prototype.bind) as (fn: Function, thisArg: unknown) => Function;

function run(rec: Rec, handler: Function, parentState: 'fulfilled' | 'rejected', v: unknown): unknown {
  const parent = rec.source;
  rec.source = rec.value = undefined;
  // Running means the parent has settled with v: learn that too (a promise the tags never saw made).
  if (parent !== undefined) noteOutcome(parent, parentState, v);
  const prev = S.current;
  S.current = ownerOf(rec);
  let r: unknown;
  try {
    r = handler(v); // as V8 calls it: this undefined, one argument
  } catch (e) {
    reject(rec, e);
    throw e;
  } finally {
    S.current = prev;
  }
  settle(rec, r);
  // A thenable returned: V8 gets a stand-in that notes when it calls back (thenables.ts).
  return typeof r === 'object' && r !== null ? attributeResolution(r, ownerOf(rec), rec) : r;
}

// `this` is the record (bound); its value holds the handler.
function runFulfilled(this: Rec, v: unknown): unknown { return run(this, this.value as Function, 'fulfilled', v); }
function runRejected(this: Rec, v: unknown): unknown { return run(this, this.value as Function, 'rejected', v); }

// A missing handler passes the outcome on: V8 resolves the derived promise with the value (reading
// its `then`, as returning it does) or rejects it with the reason (as rethrowing does), in a job of
// its own. Handing V8 these instead makes the record learn the outcome in that very job.
const identity = function (v: unknown): unknown { return v; };
const rethrow = function (e: unknown): never { throw e; };
function passFulfilled(this: Rec, v: unknown): unknown { return run(this, identity, 'fulfilled', v); }
function passRejected(this: Rec, v: unknown): unknown { return run(this, rethrow, 'rejected', v); }

/** The function V8 gets for a missing then handler of the promise `rec` records (a bound function, no closure). */
export function passFor(rec: Rec, parentState: 'fulfilled' | 'rejected', parent: object, owner: number): Function {
  rec.source = parent;
  setOwner(rec, owner);
  return FunctionPrototypeBind(parentState === 'fulfilled' ? passFulfilled : passRejected, rec);
}

/** The function V8 gets for a then handler of the promise `rec` records; only V8 ever sees it. */
export function handlerFor(rec: Rec, handler: Function, parentState: 'fulfilled' | 'rejected', parent: object, owner: number): Function {
  // tagThen asks for onFulfilled first. With both (then(f, r): Promise.all's elements, not long
  // chains), onRejected gets a closure of its own and the record keeps onFulfilled.
  if (rec.value !== undefined) return (v: unknown) => run(rec, handler, parentState, v);
  rec.source = parent;
  setOwner(rec, owner);
  rec.value = handler;
  return FunctionPrototypeBind(parentState === 'fulfilled' ? runFulfilled : runRejected, rec);
}
