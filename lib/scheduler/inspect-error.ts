// How inspect prints an Error (Node's formatError/improveStack): the stack (scheduler frames
// removed) or `[Name: message]` when it has no frames, the subclass name in front of the stack's
// name, own name/message not repeated as keys, and `cause` / AggregateError `errors` listed.
import {
  ArrayIsArray, ArrayPrototypeIncludes, ArrayPrototypeIndexOf, ArrayPrototypeJoin, ArrayPrototypeSplice, ErrorCtor,
  ObjectPrototypeToString, RegExpPrototypeExec, splitText, replaceAllText,
  StringPrototypeIncludes, StringPrototypeIndexOf, StringPrototypeRepeat,
  StringPrototypeSlice, StringPrototypeStartsWith, append,
} from './intrinsics.ts';
import { ErrorPrototypeToString, StringPrototypeEndsWith } from './inspect-intrinsics.ts';
import { getPrefix } from './inspect-names.ts';
import { userFrames } from './inspect-types.ts';

function stackString(err: any, formatOther: (v: unknown) => string): string {
  let stack: unknown;
  try { stack = err.stack; } catch { stack = undefined; }
  if (stack) return typeof stack === 'string' ? userFrames(stack) : formatOther(stack);
  try { return ErrorPrototypeToString(err); } catch { return 'Error'; }
}

/** `s` with its first `find` replaced (no Symbol.replace lookup, unlike String.prototype.replace). */
function replaceFirstText(s: string, find: string, by: string): string {
  const at = StringPrototypeIndexOf(s, find);
  return at === -1 ? s : StringPrototypeSlice(s, 0, at) + by + StringPrototypeSlice(s, at + find.length);
}

function improveStack(stack: string, constructor: string | null, name: any, tag: string): string {
  let len = name.length;
  if (typeof name !== 'string') {
    stack = replaceFirstText(stack, `${name}`, `${name} [${StringPrototypeSlice(getPrefix(constructor, tag, 'Error'), 0, -1)}]`);
  }
  if (constructor === null ||
      (StringPrototypeEndsWith(name, 'Error') && StringPrototypeStartsWith(stack, name) &&
       (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = RegExpPrototypeExec(/^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/, stack) ||
        RegExpPrototypeExec(/^([a-z_A-Z0-9-]*Error)$/, stack);
      fallback = (start && start[1]) || '';
      len = fallback.length;
      fallback = fallback || 'Error';
    }
    const prefix = StringPrototypeSlice(getPrefix(constructor, tag, fallback), 0, -1);
    if (name !== prefix) {
      if (StringPrototypeIncludes(prefix, name)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${StringPrototypeSlice(stack, len)}`;
      } else {
        stack = `${prefix} [${name}]${StringPrototypeSlice(stack, len)}`;
      }
    }
  }
  return stack;
}

/** Own name/message/stack are only listed when the printed stack does not already show them. */
function removeDuplicateErrorKeys(keys: (string | symbol)[], err: any, stack: string, showHidden: boolean): void {
  if (showHidden || keys.length === 0) return;
  const names = ['name', 'message', 'stack'];
  for (let i = 0; i < names.length; i++) {
    const index = ArrayPrototypeIndexOf(keys, names[i]);
    if (index !== -1 && (typeof err[names[i]] !== 'string' || StringPrototypeIncludes(stack, err[names[i]]))) {
      ArrayPrototypeSplice(keys, index, 1);
    }
  }
}

/** Where b repeats a run of more than 3 of a's lines: Node's identicalSequenceRange. */
function identicalSequenceRange(a: string[], b: string[]): { len: number; offset: number } {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = ArrayPrototypeIndexOf(b, a[i]);
    if (pos === -1) continue;
    const rest = b.length - pos;
    if (rest > 3) {
      let len = 1;
      const maxLen = a.length - i < rest ? a.length - i : rest;
      while (maxLen > len && a[i + len] === b[pos + len]) len++;
      if (len > 3) return { len, offset: i };
    }
  }
  return { len: 0, offset: 0 };
}

/** The stack with the frames it shares with its cause's stack folded into one line (Node's getStackFrames). */
function foldCauseFrames(err: any, stack: string, formatOther: (v: unknown) => string): string {
  const start = StringPrototypeIndexOf(stack, '\n    at');
  if (start === -1) return stack;
  let cause: unknown;
  try { cause = err.cause; } catch { return stack; }
  if (cause === null || typeof cause !== 'object') return stack;
  if (!(ObjectPrototypeToString(cause) === '[object Error]' || cause instanceof ErrorCtor)) return stack;
  const causeStack = stackString(cause, formatOther);
  const causeStart = StringPrototypeIndexOf(causeStack, '\n    at');
  if (causeStart === -1) return stack;
  const frames = splitText(StringPrototypeSlice(stack, start + 1), '\n');
  const causeFrames = splitText(StringPrototypeSlice(causeStack, causeStart + 1), '\n');
  const range = identicalSequenceRange(frames, causeFrames);
  if (range.len === 0) return stack;
  const skipped = range.len - 2;
  ArrayPrototypeSplice(frames, range.offset + 1, skipped, `    ... ${skipped} lines matching cause stack trace ...`);
  return `${StringPrototypeSlice(stack, 0, start)}\n${ArrayPrototypeJoin(frames, '\n')}`;
}

export function formatError(err: any, constructor: string | null, tag: string, keys: (string | symbol)[],
  ctx: { indentationLvl: number; showHidden: boolean }, formatOther: (v: unknown) => string): string {
  let name: unknown;
  let message: unknown;
  try { name = err.name; message = err.message; } catch { /* a throwing getter prints as a plain Error */ }
  if (name == null) name = 'Error';
  let stack = foldCauseFrames(err, stackString(err, formatOther), formatOther);
  removeDuplicateErrorKeys(keys, err, stack, ctx.showHidden);
  if ('cause' in err && !ArrayPrototypeIncludes(keys, 'cause')) append(keys, 'cause');
  if (ArrayIsArray(err.errors) && !ArrayPrototypeIncludes(keys, 'errors')) append(keys, 'errors');
  stack = improveStack(stack, constructor, name, tag);
  let pos = (typeof message === 'string' && message !== '' && StringPrototypeIndexOf(stack, message)) || -1;
  if (pos !== -1) pos += (message as string).length;
  if (StringPrototypeIndexOf(stack, '\n    at', pos) === -1) stack = `[${stack}]`;
  if (ctx.indentationLvl !== 0) {
    stack = replaceAllText(stack, '\n', `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
  }
  return stack;
}
