// DOMException as Node 24 defines it (lib/internal/per_context/domexception.js): name, message and
// code as enumerable getters on the prototype, a `{ name, cause }` options bag, and a stack whose
// header is `<name>: <message>` (so console.log prints `DOMException [AbortError]: x`).
// Why not core-js's: its stack header says `DOMException: x` and is a data property holding the
// scheduler's own frames; Node's is V8's accessor, captured below the constructor.

/** The legacy codes, by name (WebIDL's table; 0 for any other name). */
const CODES: [string, string, number][] = [
  ['IndexSizeError', 'INDEX_SIZE_ERR', 1], ['DOMStringSizeError', 'DOMSTRING_SIZE_ERR', 2],
  ['HierarchyRequestError', 'HIERARCHY_REQUEST_ERR', 3], ['WrongDocumentError', 'WRONG_DOCUMENT_ERR', 4],
  ['InvalidCharacterError', 'INVALID_CHARACTER_ERR', 5], ['NoDataAllowedError', 'NO_DATA_ALLOWED_ERR', 6],
  ['NoModificationAllowedError', 'NO_MODIFICATION_ALLOWED_ERR', 7], ['NotFoundError', 'NOT_FOUND_ERR', 8],
  ['NotSupportedError', 'NOT_SUPPORTED_ERR', 9], ['InUseAttributeError', 'INUSE_ATTRIBUTE_ERR', 10],
  ['InvalidStateError', 'INVALID_STATE_ERR', 11], ['SyntaxError', 'SYNTAX_ERR', 12],
  ['InvalidModificationError', 'INVALID_MODIFICATION_ERR', 13], ['NamespaceError', 'NAMESPACE_ERR', 14],
  ['InvalidAccessError', 'INVALID_ACCESS_ERR', 15], ['ValidationError', 'VALIDATION_ERR', 16],
  ['TypeMismatchError', 'TYPE_MISMATCH_ERR', 17], ['SecurityError', 'SECURITY_ERR', 18],
  ['NetworkError', 'NETWORK_ERR', 19], ['AbortError', 'ABORT_ERR', 20], ['URLMismatchError', 'URL_MISMATCH_ERR', 21],
  ['QuotaExceededError', 'QUOTA_EXCEEDED_ERR', 22], ['TimeoutError', 'TIMEOUT_ERR', 23],
  ['InvalidNodeTypeError', 'INVALID_NODE_TYPE_ERR', 24], ['DataCloneError', 'DATA_CLONE_ERR', 25],
];
const codeByName = new Map<string, number>(CODES.map(([name, , code]) => [name, code]));
const mapGet = Function.prototype.call.bind(Map.prototype.get) as <K, V>(m: Map<K, V>, k: K) => V | undefined;
const captureStackTrace = (Error as unknown as { captureStackTrace: (o: object, f?: Function) => void }).captureStackTrace;
const TypeErrorCtor = TypeError, defineProperty = Object.defineProperty;

/** Node's ERR_INVALID_THIS, for a getter called on something else. */
function invalidThis(): TypeError {
  // Node's wording, missing "type" (its ERR_INVALID_THIS is called with the bare class name).
  const e = new TypeErrorCtor('Value of "this" must be of DOMException');
  defineProperty(e, 'code', { value: 'ERR_INVALID_THIS', writable: true, enumerable: true, configurable: true });
  return e;
}

/** Whether x was made by this constructor (set by its static block: the brand is private). */
export let isDOMException: (x: unknown) => x is DOMException = (_x: unknown): _x is DOMException => false;

export class DOMException {
  #name: string;
  #message: string;
  constructor(message: unknown = '', options: unknown = 'Error') {
    this.#message = `${message}`;
    if (options !== null && typeof options === 'object') {
      this.#name = `${(options as { name?: unknown }).name}`;
      if ('cause' in options) {
        defineProperty(this, 'cause', { value: (options as { cause: unknown }).cause, writable: true, configurable: true, enumerable: false });
      }
    } else {
      this.#name = `${options}`;
    }
    // After name and message: V8 writes the header `<name>: <message>` from them, as in Node.
    captureStackTrace(this, DOMException);
  }
  get name(): string {
    if (!isDOMException(this)) throw invalidThis();
    return this.#name;
  }
  get message(): string {
    if (!isDOMException(this)) throw invalidThis();
    return this.#message;
  }
  get code(): number {
    if (!isDOMException(this)) throw invalidThis();
    return mapGet(codeByName, this.#name) ?? 0;
  }
  static {
    isDOMException = (x: unknown): x is DOMException => typeof x === 'object' && x !== null && #name in x;
  }
}

// esbuild may rename the class (the global of that name is in scope): its name is Node's.
defineProperty(DOMException, 'name', { value: 'DOMException', configurable: true });
Object.setPrototypeOf(DOMException.prototype, Error.prototype);
for (const key of ['name', 'message', 'code']) {
  const d = Object.getOwnPropertyDescriptor(DOMException.prototype, key)!;
  defineProperty(DOMException.prototype, key, { ...d, enumerable: true });
}
defineProperty(DOMException.prototype, Symbol.toStringTag, { value: 'DOMException', configurable: true });
for (const [, constant, code] of CODES) {
  const d = { value: code, enumerable: true, writable: false, configurable: false };
  defineProperty(DOMException, constant, d);
  defineProperty(DOMException.prototype, constant, d);
}
