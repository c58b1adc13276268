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
