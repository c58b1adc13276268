// The built-ins the scheduler replaces or provides (timers, Promise's methods, console, Date,
// performance, process…) show Node's name, length and source text, not the scheduler's code:
// Function.prototype.toString (async-look.ts) asks here first. The texts are Node's own, recorded
// by lib/runner/corpus/record-function-looks.ts into node-function-looks.ts.
import { FunctionPrototypeToString, G, ObjectDefineProperty, ObjectGetOwnPropertyDescriptor, WeakMapCtor, WeakMapPrototypeGet, WeakMapPrototypeSet } from './intrinsics.ts';
import { NODE_FUNCTION_LOOKS } from './node-function-looks.ts';

/** fn → its text, or a function making it (web-looks.ts: slices of a class's text, made when first shown). */
const texts = new WeakMapCtor<object, string | (() => string)>();
/** Each look's path as keys, split once at load (lazy globals register at run time, after user code). */
const LOOKS = NODE_FUNCTION_LOOKS.map((l) => [l[0].split('.'), l[1], l[2], l[3]] as const);

/** The text Node shows for fn, if fn is one of ours standing in for a Node built-in. */
export function nativeText(fn: unknown): string | undefined {
  if ((typeof fn !== 'function' && typeof fn !== 'object') || fn === null) return undefined;
  const text = WeakMapPrototypeGet(texts, fn);
  if (typeof text !== 'function') return text;
  const made = text();
  WeakMapPrototypeSet(texts, fn, made);
  return made;
}

/**
 * Closures made per use (the resolving functions every `new Promise` hands its executor) are
 * known by their code's text instead, which all closures of one function share: no entry per closure.
 */
const sharedTexts: string[] = [];
export function showAllAs(sample: Function, text: string): void {
  sharedTexts[sharedTexts.length] = FunctionPrototypeToString(sample);
  sharedTexts[sharedTexts.length] = text;
}
/** The text to show for a function whose own text is `own`, if it is one of showAllAs's. */
export function sharedText(own: string): string | undefined {
  for (let i = 0; i < sharedTexts.length; i += 2) if (sharedTexts[i] === own) return sharedTexts[i + 1];
  return undefined;
}

/** Whether fn already shows a text of ours. */
export const hasLook = (fn: object): boolean => WeakMapPrototypeGet(texts, fn) !== undefined;

/** fn (made at run time: a bound Intl format…) prints as `text`, as Node's own does. */
export function showAs(fn: Function, text: string | (() => string)): void {
  WeakMapPrototypeSet(texts, fn, text);
}

/** Own data property `key` of o (never a getter: a lazy global is not made here). */
function dataOf(o: unknown, key: string): unknown {
  if ((typeof o !== 'object' && typeof o !== 'function') || o === null) return undefined;
  const d = ObjectGetOwnPropertyDescriptor(o, key);
  return d !== undefined && 'value' in d ? d.value : undefined;
}

export function setIfDifferent(fn: Function, key: 'name' | 'length', value: string | number): void {
  const d = ObjectGetOwnPropertyDescriptor(fn, key);
  if (d !== undefined && d.value === value) return;
  ObjectDefineProperty(fn, key, { value, writable: false, enumerable: false, configurable: true });
}

/** Registers the looks under the global `root` (all of them when undefined), reading `value` for it. */
export function lookLikeNode(root?: string, value?: unknown): void {
  for (let i = 0; i < LOOKS.length; i++) {
    const [keys, name, length, text] = LOOKS[i];
    if (root !== undefined && keys[0] !== root) continue;
    let o: unknown = root !== undefined ? value : dataOf(G, keys[0]);
    for (let k = 1; k < keys.length; k++) o = dataOf(o, keys[k]);
    if (typeof o !== 'function') continue; // a lazy global (performance, process): when it is made
    // V8's own functions (Promise itself, Date.UTC…) already look like this.
    if (WeakMapPrototypeGet(texts, o) !== undefined) continue;
    WeakMapPrototypeSet(texts, o, text);
    setIfDifferent(o, 'name', name);
    setIfDifferent(o, 'length', length);
  }
}
