// Node's argument errors (ERR_INVALID_ARG_TYPE, ERR_OUT_OF_RANGE) with Node's exact wording, `code`
// property, `TypeError [CODE]: …` stack header and toString, for the Node-compatible globals.
import {
  ErrorCtor, JSONStringify, ObjectDefineProperty, ObjectGetPrototypeOf, ObjectSetPrototypeOf, RangeErrorCtor, StringCtor,
  StringPrototypeCharCodeAt, StringPrototypeIndexOf, StringPrototypeSlice, TypeErrorCtor,
} from './intrinsics.ts';
import { inspect } from './inspect.ts';

const captureStackTrace = (ErrorCtor as any).captureStackTrace as (o: object, hide?: Function) => void;

/** Node's determineSpecificType(): how an error message names a wrong value. */
export function describeReceived(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  switch (typeof value) {
    case 'bigint': return 'type bigint (' + StringCtor(value) + 'n)';
    case 'number':
      if (value === 0) return 1 / value === -Infinity ? 'type number (-0)' : 'type number (0)';
      return 'type number (' + StringCtor(value) + ')';
    case 'boolean': return 'type boolean (' + value + ')';
    case 'symbol': return 'type symbol (' + StringCtor(value) + ')';
    case 'function': return 'function ' + (value as Function).name;
    case 'string': {
      // Node cuts strings over 28 characters to 25 plus an ellipsis.
      const s = value.length > 28 ? StringPrototypeSlice(value, 0, 25) + '...' : value;
      return StringPrototypeIndexOf(s, "'") === -1 ? "type string ('" + s + "')" : 'type string (' + JSONStringify(s) + ')';
    }
    default: {
      try {
        const proto = ObjectGetPrototypeOf(value);
        const ctor = proto !== null ? (value as any).constructor : undefined;
        if (ctor && typeof ctor.name === 'string') return 'an instance of ' + ctor.name;
      } catch { /* a hostile proxy or getter: fall back to inspect */ }
      try { return inspect(value, { depth: -1 }); } catch { return 'an object'; }
    }
  }
}

const nodeErrorProtos: Record<string, object> = { __proto__: null } as any;

/** A prototype under TypeError/RangeError whose toString is Node's `Name [CODE]: message`. */
function protoFor(Base: ErrorConstructor, code: string): object {
  const key = Base.name + ' ' + code;
  if (nodeErrorProtos[key] === undefined) {
    const proto = { __proto__: Base.prototype } as any;
    ObjectDefineProperty(proto, 'toString', {
      value: function toString(this: any) { return Base.name + ' [' + code + ']: ' + this.message; },
      writable: true, configurable: true,
    });
    nodeErrorProtos[key] = proto;
  }
  return nodeErrorProtos[key];
}

function nodeError(Base: ErrorConstructor, code: string, message: string, hide: Function): Error {
  const err = new Base(message);
  ObjectSetPrototypeOf(err, protoFor(Base, code));
  // Node captures the stack while `name` reads `TypeError [CODE]`, then removes the own name.
  ObjectDefineProperty(err, 'name', { value: Base.name + ' [' + code + ']', configurable: true, writable: true });
  captureStackTrace(err, hide);
  // V8 formats the stack on first read: read it now, while the name still carries the code.
  void err.stack;
  delete (err as any).name;
  ObjectDefineProperty(err, 'code', { value: code, writable: true, enumerable: true, configurable: true });
  return err;
}

/**
 * `The "name" argument must be of type function. Received …` (ERR_INVALID_ARG_TYPE); a class name
 * (capitalised, as Node spells them) reads `must be an instance of Array`.
 */
export function invalidArgType(name: string, expected: string, actual: unknown, hide: Function): Error {
  const code = StringPrototypeCharCodeAt(expected, 0);
  const kind = code >= 65 && code <= 90 ? 'an instance of ' : 'of type ';
  return nodeError(TypeErrorCtor, 'ERR_INVALID_ARG_TYPE',
    'The "' + name + '" argument must be ' + kind + expected + '. Received ' + describeReceived(actual), hide);
}

/** `The value of "name" is out of range. It must be …. Received …` (ERR_OUT_OF_RANGE). */
export function outOfRange(name: string, range: string, actual: unknown, hide: Function): Error {
  return nodeError(RangeErrorCtor, 'ERR_OUT_OF_RANGE',
    'The value of "' + name + '" is out of range. It must be ' + range + '. Received ' + StringCtor(actual), hide);
}

/** A TypeError with a Node error code and a message written by the caller. */
export function nodeTypeError(code: string, message: string, hide: Function): Error {
  return nodeError(TypeErrorCtor, code, message, hide);
}

/** Throws ERR_INVALID_ARG_TYPE unless cb is a function (setTimeout, setImmediate, nextTick…). */
export function checkCallback(cb: unknown, hide: Function): void {
  if (typeof cb !== 'function') throw invalidArgType('callback', 'function', cb, hide);
}
