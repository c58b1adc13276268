// The tags console output needs to see what Node's inspect reads from V8 internals: this file
// remembers every Proxy a program creates (target and handler, or revoked), so a Proxy prints as
// its target without running a single trap; iterator-tags.ts and promise-tags.ts hold the others.
// entry.ts installs the three once per isolate, after patchPromise and before user code.
//
// Why a tag and not a probe: no JavaScript operation tells a Proxy from its target without running
// one of its traps, and isolated-vm offers no host-side probe. Node asks V8 directly; here the
// global `Proxy` becomes a Proxy of the real constructor whose `construct` trap records each new
// proxy in a WeakMap (held only in this closure), and `Proxy.revocable` records its proxy and marks
// it revoked when `revoke()` runs. The wrapper keeps the real constructor's name, length, missing
// `prototype`, errors and `new`-only behaviour, because a Proxy of a function forwards them all.
import { G, ObjectDefineProperty, ReflectApply, ReflectConstruct } from './intrinsics.ts';

const OriginalProxy = Proxy;
const originalRevocable = Proxy.revocable;
const WeakMapCtor = WeakMap;
const weakGet = WeakMap.prototype.get;
const weakSet = WeakMap.prototype.set;

/** proxy → [target, handler], or [null, null] once revoked (Node's getProxyDetails shape). */
const proxies: WeakMap<object, [object | null, object | null]> = new WeakMapCtor();

function remember(proxy: object, target: object | null, handler: object | null): void {
  ReflectApply(weakSet, proxies, [proxy, [target, handler]]);
}

/** [target, handler] of a proxy the program made, [null, null] when revoked, undefined otherwise. */
export function proxyDetails(value: unknown): [object | null, object | null] | undefined {
  if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
  return ReflectApply(weakGet, proxies, [value]);
}

export function installProxyTags(): void {
  const revocable = {
    revocable(target: object, handler: object) {
      const r = ReflectApply(originalRevocable, OriginalProxy, [target, handler]) as { proxy: object; revoke: () => void };
      const proxy = r.proxy;
      const revoke = r.revoke;
      remember(proxy, target, handler);
      // An anonymous function (like V8's own revoke), so `revoke.name` stays ''.
      const wrapped = [function () { remember(proxy, null, null); revoke(); }][0];
      ObjectDefineProperty(r, 'revoke', { value: wrapped, writable: true, enumerable: true, configurable: true });
      return r;
    },
  }.revocable;
  ObjectDefineProperty(OriginalProxy, 'revocable', { value: revocable, writable: true, configurable: true });
  const handler = {
    construct(target: typeof Proxy, args: [object, ProxyHandler<object>], newTarget: Function) {
      const proxy = ReflectConstruct(target, args, newTarget) as object;
      remember(proxy, args[0], args[1]);
      return proxy;
    },
  };
  ObjectDefineProperty(G, 'Proxy', { value: new OriginalProxy(OriginalProxy, handler), writable: true, configurable: true });
}
