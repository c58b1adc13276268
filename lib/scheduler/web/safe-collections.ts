// Injected (esbuild `inject`) into the web-globals bundle in place of the global WeakMap: the
// packages in it (event-target-shim) call weakMap.get/set at run time, so a program replacing
// WeakMap.prototype.get would break AbortSignal and every EventTarget. These methods are the
// engine's, captured when the bundle loads, before any user code.
const NativeWeakMap = globalThis.WeakMap;
/** uncurry(f)(self, ...args) is f.call(self, ...args), immune to later prototype edits. */
const uncurry = Function.prototype.bind.bind(Function.prototype.call) as (fn: Function) => (self: unknown, ...args: any[]) => any;
const wmGet = uncurry(NativeWeakMap.prototype.get);
const wmSet = uncurry(NativeWeakMap.prototype.set);
const wmHas = uncurry(NativeWeakMap.prototype.has);
const wmDelete = uncurry(NativeWeakMap.prototype.delete);

class SafeWeakMap<K extends object, V> extends NativeWeakMap<K, V> {
  get(key: K): V | undefined { return wmGet(this, key); }
  set(key: K, value: V): this { wmSet(this, key, value); return this; }
  has(key: K): boolean { return wmHas(this, key); }
  delete(key: K): boolean { return wmDelete(this, key); }
}

export { SafeWeakMap as WeakMap };
