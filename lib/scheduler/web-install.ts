// Installs the web-platform globals the snapshot built (web/entry.ts) for this run: takes them from
// WEB_GLOBAL before user code runs, defines them on the global object and plugs in this run's
// virtual timers (AbortSignal.timeout) and uncaught-error handling (exceptions in listeners).
import { WEB_GLOBAL } from './abi.ts';
import {
  G, MathTrunc, ObjectDefineProperty, SymbolFor, ObjectGetOwnPropertyDescriptor, ObjectKeys, uncurryThis,
} from './intrinsics.ts';
import { S } from './state.ts';
import { addTimer, setTimerRef } from './clock.ts';
import { reportUncaught } from './ending.ts';
import type { RunHooks } from './web/run-hooks.ts';
import { type LookTable, lookLikeNodeWeb } from './web-looks.ts';
import { invalidArgType, nodeTypeError } from './node-errors.ts';

interface WebBundle { globals: Record<string, unknown>; looks: LookTable; setRunHooks: (hooks: RunHooks) => void }

/** The captured EventTarget methods and AbortSignal check node:timers/promises and events.once use. */
export const web = {
  addEventListener: null as null | ((t: object, type: string, fn: () => void, o?: object) => void),
  removeEventListener: null as null | ((t: object, type: string, fn: () => void) => void),
  isAbortSignal: (_v: unknown): boolean => false,
  signalReason: null as null | ((s: object) => unknown),
  signalAborted: null as null | ((s: object) => boolean),
};

/**
 * What Node's classes have and the polyfills lack: URL's blob-URL statics (no Blob exists here, so
 * createObjectURL always fails as Node's does for a non-Blob) and EventTarget's brand, which
 * `console.log(EventTarget)` shows.
 */
function addNodeStatics(globals: Record<string, unknown>): void {
  const URLCtor = globals.URL as Record<string, unknown>;
  const statics = {
    createObjectURL(obj: unknown) { throw invalidArgType('obj', 'Blob', obj, statics.createObjectURL); },
    revokeObjectURL(url: unknown) {
      if (arguments.length === 0) throw nodeTypeError('ERR_MISSING_ARGS', 'The "url" argument must be specified', statics.revokeObjectURL);
      void url;
    },
  };
  ObjectDefineProperty(URLCtor, 'createObjectURL', { value: statics.createObjectURL, writable: true, enumerable: true, configurable: true });
  ObjectDefineProperty(URLCtor, 'revokeObjectURL', { value: statics.revokeObjectURL, writable: true, enumerable: true, configurable: true });
  ObjectDefineProperty(globals.EventTarget, SymbolFor('nodejs.event_target'), { value: true, writable: true, enumerable: true, configurable: true });
}

export function installWebGlobals(): void {
  const bundle = G[WEB_GLOBAL] as WebBundle | undefined;
  delete G[WEB_GLOBAL];
  if (typeof bundle !== 'object' || bundle === null) return;
  const names = ObjectKeys(bundle.globals);
  for (let i = 0; i < names.length; i++) {
    ObjectDefineProperty(G, names[i], { value: bundle.globals[names[i]], writable: true, configurable: true, enumerable: false });
  }
  addNodeStatics(bundle.globals);
  lookLikeNodeWeb(bundle.globals, bundle.looks);
  bundle.setRunHooks({
    setTimer(ms, fn) {
      const delay = ms >= 1 ? MathTrunc(ms) : 1;
      setTimerRef(addTimer(delay, fn, S.current), false);
    },
    uncaught(error) { reportUncaught(error); },
    timeOrigin() { return S.config.epochMs; },
  });
  const ET = (bundle.globals.EventTarget as { prototype: EventTarget }).prototype;
  web.addEventListener = uncurryThis(ET.addEventListener) as typeof web.addEventListener;
  web.removeEventListener = uncurryThis(ET.removeEventListener) as typeof web.removeEventListener;
  const AS = (bundle.globals.AbortSignal as { prototype: object }).prototype;
  const aborted = uncurryThis(ObjectGetOwnPropertyDescriptor(AS, 'aborted')!.get!) as (s: object) => boolean;
  web.signalAborted = aborted;
  web.signalReason = uncurryThis(ObjectGetOwnPropertyDescriptor(AS, 'reason')!.get!) as (s: object) => unknown;
  web.isAbortSignal = (v) => {
    if (typeof v !== 'object' || v === null) return false;
    try { aborted(v); return true; } catch { return false; }
  };
}
