// How inspect prints an Error (Node's formatError/improveStack): the stack (scheduler frames
// removed) or `[Name: message]` when it has no frames, the subclass name in front of the stack's
// name, own name/message not repeated as keys, and `cause` / AggregateError `errors` listed.
import {
  ArrayIsArray, ArrayPrototypeIncludes, ArrayPrototypeIndexOf, ArrayPrototypeSplice, RegExpPrototypeExec,
  StringPrototypeIncludes, StringPrototypeIndexOf, StringPrototypeRepeat, StringPrototypeReplaceAll,
  StringPrototypeSlice, StringPrototypeStartsWith, append,
} from './intrinsics.ts';
import { ErrorPrototypeToString, StringPrototypeEndsWith, StringPrototypeReplaceText } from './inspect-intrinsics.ts';
import { getPrefix } from './inspect-names.ts';
import { userFrames } from './inspect-types.ts';

function stackString(err: any, formatOther: (v: unknown) => string): string {
  let stack: unknown;
  try { stack = err.stack; } catch { stack = undefined; }
  if (stack) return typeof stack === 'string' ? userFrames(stack) : formatOther(stack);
  try { return ErrorPrototypeToString(err); } catch { return 'Error'; }
}

function improveStack(stack: string, constructor: string | null, name: any, tag: string): string {
  let len = name.length;
  if (typeof name !== 'string') {
    stack = StringPrototypeReplaceText(stack, `${name}`, `${name} [${StringPrototypeSlice(getPrefix(constructor, tag, 'Error'), 0, -1)}]`);
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

export function formatError(err: any, constructor: string | null, tag: string, keys: (string | symbol)[],
  ctx: { indentationLvl: number; showHidden: boolean }, formatOther: (v: unknown) => string): string {
  let name: unknown;
  let message: unknown;
  try { name = err.name; message = err.message; } catch { /* a throwing getter prints as a plain Error */ }
  if (name == null) name = 'Error';
  let stack = stackString(err, formatOther);
  removeDuplicateErrorKeys(keys, err, stack, ctx.showHidden);
  if ('cause' in err && !ArrayPrototypeIncludes(keys, 'cause')) append(keys, 'cause');
  if (ArrayIsArray(err.errors) && !ArrayPrototypeIncludes(keys, 'errors')) append(keys, 'errors');
  stack = improveStack(stack, constructor, name, tag);
  let pos = (typeof message === 'string' && message !== '' && StringPrototypeIndexOf(stack, message)) || -1;
  if (pos !== -1) pos += (message as string).length;
  if (StringPrototypeIndexOf(stack, '\n    at', pos) === -1) stack = `[${stack}]`;
  if (ctx.indentationLvl !== 0) {
    stack = StringPrototypeReplaceAll(stack, '\n', `\n${StringPrototypeRepeat(' ', ctx.indentationLvl)}`);
  }
  return stack;
}
