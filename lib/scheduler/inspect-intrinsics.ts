// Extra built-ins console formatting needs beyond intrinsics.ts, captured the same way when the
// bundle loads (before user code), so a program that edits prototypes cannot change or break output.
import { RegExpPrototypeExec, uncurryThis } from './intrinsics.ts';

const getter = (proto: object, key: PropertyKey) =>
  uncurryThis(Object.getOwnPropertyDescriptor(proto, key)!.get!) as (self: unknown) => any;

export const ErrorPrototypeToString = uncurryThis(Error.prototype.toString);
export const FunctionPrototypeSymbolHasInstance = uncurryThis(Function.prototype[Symbol.hasInstance]) as
  (fn: Function, v: unknown) => boolean;
export const StringPrototypeEndsWith = uncurryThis(String.prototype.endsWith);
export const StringPrototypeCodePointAt = uncurryThis(String.prototype.codePointAt);
export const StringPrototypeNormalize = uncurryThis(String.prototype.normalize);
export const NumberPrototypeToString = uncurryThis(Number.prototype.toString);
export const ArrayBufferPrototypeGetByteLength = getter(ArrayBuffer.prototype, 'byteLength');
export const DataViewPrototypeGetByteLength = getter(DataView.prototype, 'byteLength');
export const DataViewPrototypeGetByteOffset = getter(DataView.prototype, 'byteOffset');
export const DataViewPrototypeGetBuffer = getter(DataView.prototype, 'buffer');
const TA = Object.getPrototypeOf(Uint8Array.prototype);
export const TypedArrayPrototypeGetLength = getter(TA, 'length');
export const TypedArrayPrototypeGetByteLength = getter(TA, 'byteLength');
export const TypedArrayPrototypeGetByteOffset = getter(TA, 'byteOffset');
export const TypedArrayPrototypeGetBuffer = getter(TA, 'buffer');
export const Uint8ArrayCtor = Uint8Array;
export const SymbolToPrimitive = Symbol.toPrimitive;
export const DatePrototype = Date.prototype;
export const ReflectConstructRaw = Reflect.construct;
export const ArrayCtor = Array;
export const ObjectCtor = Object;
export const MapCtorRaw = Map;
export const SetCtorRaw = Set;
export const MapPrototype = Map.prototype;
export const SetPrototype = Set.prototype;
export const ArrayPrototype = Array.prototype;
export const ObjectPrototype = Object.prototype;
export const FunctionPrototype = Function.prototype;
export const FunctionCtor = Function;
export const ArrayBufferCtor = ArrayBuffer;
export const ArrayBufferPrototype = ArrayBuffer.prototype;
export const TypedArrayPrototype = Object.getPrototypeOf(Uint8Array.prototype);
export const TypedArrayCtor = Object.getPrototypeOf(Uint8Array);

/** Names of the realm's global constructors, read at load (Node's builtInObjects). */
export const builtInNames: Record<string, true> = Object.create(null);
{
  const names = Object.getOwnPropertyNames(globalThis);
  for (let i = 0; i < names.length; i++) {
    if (RegExpPrototypeExec(/^[A-Z][a-zA-Z0-9]+$/, names[i]) !== null) builtInNames[names[i]] = true;
  }
}
