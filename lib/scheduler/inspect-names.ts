// Node's getConstructorName/getPrefix for inspect: the name shown before an object is the first
// `constructor` on its prototype chain that the object really is an instance of; an object whose
// chain has none prints as `Object <[Object: null prototype] {}>` and the like.
import {
  ObjectGetOwnPropertyDescriptor, ObjectGetPrototypeOf, ObjectPrototypeToString, StringCtor, StringPrototypeIndexOf,
  StringPrototypeSlice, StringPrototypeToLowerCase,
} from './intrinsics.ts';
import {
  ArrayBufferCtor, ArrayBufferPrototype, ArrayCtor, ArrayPrototype, FunctionCtor, FunctionPrototype,
  FunctionPrototypeSymbolHasInstance, MapCtorRaw, MapPrototype, ObjectCtor, ObjectPrototype, SetCtorRaw, SetPrototype,
  TypedArrayCtor, TypedArrayPrototype, builtInNames,
} from './inspect-intrinsics.ts';

/** Built-in prototypes whose `constructor` a program may have tampered with (Node's wellKnownPrototypes). */
const wellKnown: [object, string, Function][] = [
  [ArrayPrototype, 'Array', ArrayCtor], [ArrayBufferPrototype, 'ArrayBuffer', ArrayBufferCtor],
  [FunctionPrototype, 'Function', FunctionCtor], [MapPrototype, 'Map', MapCtorRaw], [ObjectPrototype, 'Object', ObjectCtor],
  [SetPrototype, 'Set', SetCtorRaw], [TypedArrayPrototype, 'TypedArray', TypedArrayCtor],
];

function isInstanceof(object: unknown, ctor: Function): boolean {
  try {
    return object instanceof ctor;
  } catch {
    return false;
  }
}

/** V8's own class name for an object (what Node's internal getConstructorName answers), from its brand. */
export function internalName(value: object): string {
  return StringPrototypeSlice(ObjectPrototypeToString(value), 8, -1);
}

/**
 * The constructor name Node prints, null for a null-prototype chain, or `Name <proto>` when no
 * constructor on the chain claims the object; `describeProto` prints such a prototype at depth -1.
 */
export function getConstructorName(obj: object, recurseTimes: number, depth: number, describeProto: (proto: object) => string,
  protoProps?: (main: object, from: object) => void): string | null {
  let firstProto: object | null | undefined;
  const tmp = obj;
  let o: object | null = obj;
  while (o !== null) {
    for (let i = 0; i < wellKnown.length; i++) {
      if (wellKnown[i][0] === o && FunctionPrototypeSymbolHasInstance(wellKnown[i][2], tmp)) {
        if (protoProps !== undefined && firstProto !== o) protoProps(tmp, firstProto ?? tmp);
        return wellKnown[i][1];
      }
    }
    const d = ObjectGetOwnPropertyDescriptor(o, 'constructor');
    if (d !== undefined && typeof d.value === 'function' && d.value.name !== '' && isInstanceof(tmp, d.value)) {
      if (protoProps !== undefined && (firstProto !== o || builtInNames[d.value.name] !== true)) protoProps(tmp, firstProto ?? tmp);
      return StringCtor(d.value.name);
    }
    o = ObjectGetPrototypeOf(o);
    if (firstProto === undefined) firstProto = o;
  }
  if (firstProto === null || firstProto === undefined) return null;
  const res = internalName(tmp);
  if (recurseTimes > depth) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, recurseTimes + 1, depth, describeProto, protoProps);
  return protoConstr === null ? `${res} <${describeProto(firstProto)}>` : `${res} <${protoConstr}>`;
}

export function getPrefix(constructor: string | null, tag: string, fallback: string, size = ''): string {
  if (constructor === null) {
    return tag !== '' && fallback !== tag ? `[${fallback}${size}: null prototype] [${tag}] ` : `[${fallback}${size}: null prototype] `;
  }
  let result = `${constructor}${size} `;
  if (tag !== '') {
    // The tag is shown unless the name already contains it as a word (`MyMap`, `PromiseX`; not `MyMap2`).
    const position = StringPrototypeIndexOf(constructor, tag);
    if (position === -1) {
      result += `[${tag}] `;
    } else {
      const endPos = position + tag.length;
      if (endPos !== constructor.length && constructor[endPos] === StringPrototypeToLowerCase(constructor[endPos])) {
        result += `[${tag}] `;
      }
    }
  }
  return result;
}

/** getPrefix for plain objects: a null-prototype object falls back to its V8 class name. */
export function getCtxStyle(value: object, constructor: string | null, tag: string): string {
  let fallback = '';
  if (constructor === null) {
    fallback = internalName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}
