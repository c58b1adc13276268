// With showHidden (`%o`), Node lists the non-method properties a user-defined prototype chain
// adds (getters of a class, Symbol.toStringTag of an iterator prototype…): at most three layers,
// stopping at the first built-in constructor (Node's addPrototypeProperties).
import {
  ArrayPrototypeIncludes, ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, ObjectHasOwn, ReflectOwnKeys, append,
  safeArray,
} from './intrinsics.ts';
import { builtInNames } from './inspect-intrinsics.ts';
import { kObjectType } from './inspect-layout.ts';
import { type Ctx, formatProperty } from './inspect-ctx.ts';

/** Prototype layers Node walks for showHidden. */
const PROTO_LAYERS = 3;

export function addPrototypeProperties(ctx: Ctx, main: object, obj: object, recurseTimes: number, output: string[]): void {
  let o: object | null = obj;
  const seenKeys = safeArray<string | symbol>();
  let keys: (string | symbol)[] = safeArray();
  for (let depth = 0; depth < PROTO_LAYERS; depth++) {
    if (depth !== 0 || main === o) {
      o = ObjectGetPrototypeOf(o as object);
      if (o === null) return;
      const d = ObjectGetOwnPropertyDescriptor(o, 'constructor');
      if (d !== undefined && typeof d.value === 'function' && builtInNames[d.value.name] === true) return;
    }
    for (let i = 0; i < keys.length; i++) append(seenKeys, keys[i]);
    keys = ReflectOwnKeys(o as object);
    append(ctx.seen, main);
    for (let i = 0; i < keys.length; i++) {
      const key = keys[i];
      if (key === 'constructor' || ObjectHasOwn(main, key) || (depth !== 0 && ArrayPrototypeIncludes(seenKeys, key))) continue;
      const desc = ObjectGetOwnPropertyDescriptor(o, key) as PropertyDescriptor;
      if (typeof desc.value === 'function') continue;
      append(output, formatProperty(ctx, o, recurseTimes, key, kObjectType, desc));
    }
    ctx.seen.length--;
  }
}
