// TextEncoder/TextDecoder for UTF-8, hand-written: no maintained package offers them apart from a
// whole encoding library, and UTF-8 alone is ~100 lines. Invalid input becomes U+FFFD per WHATWG
// (maximal subparts), or a TypeError with `fatal`; `stream: true` keeps an unfinished sequence.
const U8 = Uint8Array;
const fromCharCode = String.fromCharCode;
const charCodeAt = Function.prototype.call.bind(String.prototype.charCodeAt) as (s: string, i: number) => number;
const isView = ArrayBuffer.isView;
const ArrayBufferCtor = ArrayBuffer;
const TypeErrorCtor = TypeError, RangeErrorCtor = RangeError, StringCtor = String;
const ReflectApply = Reflect.apply;
const trim = Function.prototype.call.bind(String.prototype.trim) as (s: string) => string;
const toLowerCase = Function.prototype.call.bind(String.prototype.toLowerCase) as (s: string) => string;
const typedSet = Function.prototype.call.bind(Object.getPrototypeOf(Uint8Array.prototype).set) as (t: Uint8Array, src: Uint8Array, at: number) => void;
/** Arrays without a prototype: index writes never reach setters a program put on Array.prototype. */
const bare = (): number[] => Object.setPrototypeOf([], null) as number[];
const text = (units: number[]) => ReflectApply(fromCharCode, null, units) as string;
const customInspect = Symbol.for('nodejs.util.inspect.custom');
type Inspect = (v: unknown, o: object) => string;
/** Code units handed to String.fromCharCode at once (its arguments go on the stack). */
const CHUNK_UNITS = 8192;

function encodeUtf8(input: string, out: Uint8Array | null, limit: number): { read: number; written: number } {
  let w = 0, i = 0;
  for (; i < input.length; i++) {
    let c = charCodeAt(input, i);
    let units = 1;
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < input.length ? charCodeAt(input, i + 1) : 0;
      if (c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) { c = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00); units = 2; }
      else c = 0xfffd; // a lone surrogate
    }
    const n = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (w + n > limit) break;
    if (out !== null) {
      if (n === 1) out[w] = c;
      else if (n === 2) { out[w] = 0xc0 | (c >> 6); out[w + 1] = 0x80 | (c & 63); }
      else if (n === 3) { out[w] = 0xe0 | (c >> 12); out[w + 1] = 0x80 | ((c >> 6) & 63); out[w + 2] = 0x80 | (c & 63); }
      else { out[w] = 0xf0 | (c >> 18); out[w + 1] = 0x80 | ((c >> 12) & 63); out[w + 2] = 0x80 | ((c >> 6) & 63); out[w + 3] = 0x80 | (c & 63); }
    }
    w += n;
    i += units - 1;
  }
  return { read: i, written: w };
}

export class TextEncoder {
  get encoding() { return 'utf-8'; }
  /** Node prints a TextEncoder as `{ encoding: 'utf-8' }`. */
  [customInspect](_depth: number, options: object, inspect: Inspect) { return inspect({ encoding: 'utf-8' }, options); }
  encode(input: unknown = ''): Uint8Array {
    const s = StringCtor(input);
    const size = encodeUtf8(s, null, Infinity).written;
    const out = new U8(size);
    encodeUtf8(s, out, size);
    return out;
  }
  encodeInto(input: unknown, dest: Uint8Array): { read: number; written: number } {
    if (!(dest instanceof U8)) throw new TypeErrorCtor('The "dest" argument must be an instance of Uint8Array.');
    return encodeUtf8(StringCtor(input), dest, dest.length);
  }
}

const isUtf8Label = (l: string) => l === 'utf-8' || l === 'utf8' || l === 'unicode-1-1-utf-8';

function bytesOf(input: unknown): Uint8Array {
  if (input === undefined) return new U8(0);
  if (input instanceof ArrayBufferCtor) return new U8(input);
  if (isView(input)) return new U8(input.buffer, input.byteOffset, input.byteLength);
  throw new TypeErrorCtor('The "input" argument must be an instance of ArrayBuffer or ArrayBufferView.');
}

export class TextDecoder {
  #fatal: boolean;
  #ignoreBOM: boolean;
  #pending: number[] = bare();
  #bomSeen = false;
  constructor(label: unknown = 'utf-8', options?: { fatal?: boolean; ignoreBOM?: boolean }) {
    if (!isUtf8Label(toLowerCase(trim(StringCtor(label))))) throw new RangeErrorCtor('The "' + StringCtor(label) + '" encoding is not supported');
    this.#fatal = !!options?.fatal;
    this.#ignoreBOM = !!options?.ignoreBOM;
  }
  get encoding() { return 'utf-8'; }
  [customInspect](_depth: number, options: object, inspect: Inspect) {
    return 'TextDecoder ' + inspect({ encoding: 'utf-8', fatal: this.#fatal, ignoreBOM: this.#ignoreBOM }, options);
  }
  get fatal() { return this.#fatal; }
  get ignoreBOM() { return this.#ignoreBOM; }
  decode(input?: unknown, options?: { stream?: boolean }): string {
    const fresh = bytesOf(input);
    const bytes = this.#pending.length === 0 ? fresh : concat(this.#pending, fresh);
    this.#pending = bare();
    const stream = !!options?.stream;
    let s = '', units = bare(), i = 0;
    const emit = (c: number) => {
      if (c > 0xffff) { c -= 0x10000; units[units.length] = 0xd800 + (c >> 10); c = 0xdc00 + (c & 1023); }
      units[units.length] = c;
      if (units.length >= CHUNK_UNITS) { s += text(units); units = bare(); }
    };
    const bad = () => {
      if (this.#fatal) throw new TypeErrorCtor('The encoded data was not valid for encoding utf-8');
      emit(0xfffd);
    };
    while (i < bytes.length) {
      const b = bytes[i];
      const need = b < 0x80 ? 0 : b >= 0xc2 && b <= 0xdf ? 1 : b >= 0xe0 && b <= 0xef ? 2 : b >= 0xf0 && b <= 0xf4 ? 3 : -1;
      if (need < 0) { bad(); i++; continue; }
      let c = need === 0 ? b : b & (0x3f >> need), k = 1;
      for (; k <= need && i + k < bytes.length; k++) {
        const t = bytes[i + k];
        const lo = k === 1 && b === 0xe0 ? 0xa0 : k === 1 && b === 0xf0 ? 0x90 : 0x80;
        const hi = k === 1 && b === 0xed ? 0x9f : k === 1 && b === 0xf4 ? 0x8f : 0xbf;
        if (t < lo || t > hi) break;
        c = (c << 6) | (t & 63);
      }
      if (k <= need && i + k >= bytes.length && stream) { for (let j = i; j < bytes.length; j++) this.#pending[this.#pending.length] = bytes[j]; break; }
      if (k <= need) { bad(); i += k; continue; }
      if (!(c === 0xfeff && !this.#ignoreBOM && !this.#bomSeen && s === '' && units.length === 0)) emit(c);
      this.#bomSeen = true;
      i += need + 1;
    }
    if (!stream) this.#bomSeen = false;
    return s + text(units);
  }
}

function concat(a: number[], b: Uint8Array): Uint8Array {
  const out = new U8(a.length + b.length);
  for (let i = 0; i < a.length; i++) out[i] = a[i];
  typedSet(out, b, a.length);
  return out;
}
