// Makes core-js-pure's URL and URLSearchParams look like Node's: their names (core-js calls them
// URLConstructor…) and what console.log shows, after Node's inspect hooks
// (`URL { href: …, searchParams: URLSearchParams { 'd' => '1' }, hash: '' }`).
const customInspect = Symbol.for('nodejs.util.inspect.custom');
type Inspect = (v: unknown, o: object) => string;
/** Node's default line width, which its URLSearchParams hook compares against. */
const BREAK_LENGTH = 80;
const URL_FIELDS = ['href', 'origin', 'protocol', 'username', 'password', 'host', 'hostname', 'port', 'pathname', 'search', 'searchParams', 'hash'] as const;

export function nodeLikeUrls(URLCtor: { prototype: object }, ParamsCtor: { prototype: object }): void {
  Object.defineProperty(URLCtor, 'name', { value: 'URL' });
  Object.defineProperty(ParamsCtor, 'name', { value: 'URLSearchParams' });
  const entries = Function.prototype.call.bind((ParamsCtor.prototype as URLSearchParams).forEach) as
    (p: unknown, f: (value: string, key: string) => void) => void;
  Object.defineProperty(URLCtor.prototype, customInspect, {
    value: function (this: Record<string, unknown>, depth: number, options: object, inspect: Inspect) {
      if (typeof depth === 'number' && depth < 0) return this;
      const view: Record<string, unknown> = {};
      for (const k of URL_FIELDS) view[k] = this[k];
      return 'URL ' + inspect(view, options);
    },
    writable: true, configurable: true,
  });
  Object.defineProperty(ParamsCtor.prototype, customInspect, {
    value: function (this: unknown, _depth: number, options: object, inspect: Inspect) {
      const output: string[] = [];
      entries(this, (value, key) => { output[output.length] = inspect(key, options) + ' => ' + inspect(value, options); });
      let length = -2;
      for (let i = 0; i < output.length; i++) length += output[i]!.length + 2;
      if (length > BREAK_LENGTH) return 'URLSearchParams {\n  ' + output.join(',\n  ') + ' }';
      return output.length > 0 ? 'URLSearchParams { ' + output.join(', ') + ' }' : 'URLSearchParams {}';
    },
    writable: true, configurable: true,
  });
}

/**
 * URL as the global: core-js's, throwing Node's error for input it cannot parse (a TypeError
 * `Invalid URL` with `code: 'ERR_INVALID_URL'`, `input` and `base`, where core-js says why:
 * `Invalid scheme`…). Same prototype, so instances, instanceof and subclasses are core-js's.
 */
export function nodeUrlErrors(CoreURL: typeof URL): typeof URL {
  const construct = Reflect.construct, defineProperty = Object.defineProperty, TypeErrorCtor = TypeError;
  const protoOf = Object.getPrototypeOf, ownDescriptor = Object.getOwnPropertyDescriptor;
  /** A parse failure of core-js's, told without running program code (a thrown value may be the program's). */
  const isParseFailure = (e: unknown): boolean => {
    if (typeof e !== 'object' || e === null || protoOf(e) !== TypeErrorCtor.prototype) return false;
    const d = ownDescriptor(e, 'message');
    for (let i = 0; i < PARSE_FAILURES.length; i++) if (d !== undefined && d.value === PARSE_FAILURES[i]) return true;
    return false;
  };
  const NodeURL = function URL(this: unknown, url: unknown, base?: unknown) {
    if (new.target === undefined) throw new TypeErrorCtor("Class constructor URL cannot be invoked without 'new'");
    const args = arguments;
    try {
      return construct(CoreURL, args, new.target);
    } catch (e) {
      // core-js's parse failures are TypeErrors it makes with a reason; any other error (a throwing toString) is the program's.
      if (args.length === 0 || !isParseFailure(e)) throw e;
      const error = new TypeErrorCtor('Invalid URL');
      defineProperty(error, 'code', { value: 'ERR_INVALID_URL', writable: true, enumerable: true, configurable: true });
      defineProperty(error, 'input', { value: `${url}`, writable: true, enumerable: true, configurable: true });
      if (args.length > 1 && base !== undefined) defineProperty(error, 'base', { value: `${base}`, writable: true, enumerable: true, configurable: true });
      throw error;
    }
  } as unknown as typeof URL;
  defineProperty(NodeURL, 'prototype', { value: CoreURL.prototype, writable: false });
  defineProperty(CoreURL.prototype, 'constructor', { value: NodeURL, writable: true, configurable: true });
  for (const key of Object.getOwnPropertyNames(CoreURL)) {
    if (key !== 'length' && key !== 'name' && key !== 'prototype') defineProperty(NodeURL, key, Object.getOwnPropertyDescriptor(CoreURL, key)!);
  }
  return NodeURL;
}
/** The reasons core-js gives for input it cannot parse (web.url.constructor.js). */
const PARSE_FAILURES = ['Invalid authority', 'Invalid scheme', 'Invalid host', 'Invalid port'];
