// The entry lists inspect prints inside braces: arrays (a run of holes is one entry against the
// 100-entry limit), Sets and Maps (cut after 100 with "... N more items"), Map/Set iterator
// previews and promise states (Node's formatters); binary data is in inspect-binary.ts.
import {
  MapPrototypeForEach, ObjectHasOwn, ObjectKeys, RegExpPrototypeExec, SetPrototypeForEach, append, safeArray,
} from './intrinsics.ts';
import { kArrayExtrasType, reduceToSingleString } from './inspect-layout.ts';
import { type Ctx, formatProperty, formatValue, kArrayType } from './inspect-ctx.ts';
import type { IterTag } from './iterator-tags.ts';
import { promiseDetails } from './promise-records.ts';

const numberRegExp = /^(0|[1-9][0-9]*)$/;
/** Arrays are at most 2^32 - 1 long, so no index is above this. */
const MAX_ARRAY_INDEX = 2 ** 32 - 2;

export const remainingText = (n: number) => `... ${n} more item${n > 1 ? 's' : ''}`;
const emptyItems = (n: number) => `<${n} empty item${n > 1 ? 's' : ''}>`;

/** A sparse array: walk its own keys so a run of holes costs one output entry. */
function formatSpecialArray(ctx: Ctx, value: any, recurseTimes: number, maxLength: number, output: string[], i: number): string[] {
  const keys = ObjectKeys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    if (tmp > MAX_ARRAY_INDEX) break;
    if (`${index}` !== key) {
      if (RegExpPrototypeExec(numberRegExp, key) === null) break;
      append(output, emptyItems(tmp - index));
      index = tmp;
      if (output.length === maxLength) break;
    }
    append(output, formatProperty(ctx, value, recurseTimes, key, kArrayType));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) append(output, emptyItems(remaining));
  } else if (remaining > 0) {
    append(output, remainingText(remaining));
  }
  return output;
}

export function formatArray(ctx: Ctx, value: any, recurseTimes: number): string[] {
  const valLen = value.length;
  const len = valLen < ctx.maxArrayLength ? valLen : ctx.maxArrayLength;
  const output = safeArray<string>();
  for (let i = 0; i < len; i++) {
    if (!ObjectHasOwn(value, i)) return formatSpecialArray(ctx, value, recurseTimes, len, output, i);
    append(output, formatProperty(ctx, value, recurseTimes, i, kArrayType));
  }
  if (valLen > len) append(output, remainingText(valLen - len));
  return output;
}

/** Set and Map entries, at most maxArrayLength of them (Node 24's formatSet/formatMap). */
export function formatSetOrMap(ctx: Ctx, value: any, size: number, isMap: boolean, recurseTimes: number): string[] {
  const output = safeArray<string>();
  const max = size < ctx.maxArrayLength ? size : ctx.maxArrayLength;
  ctx.indentationLvl += 2;
  const add = (v: unknown, k?: unknown) => {
    if (output.length >= max) return;
    append(output, isMap ? `${formatValue(ctx, k, recurseTimes)} => ${formatValue(ctx, v, recurseTimes)}` : formatValue(ctx, v, recurseTimes));
  };
  if (isMap) MapPrototypeForEach(value, add);
  else SetPrototypeForEach(value, add);
  if (size > max) append(output, remainingText(size - max));
  ctx.indentationLvl -= 2;
  return output;
}

/** What an iterator has left to yield: [entries, isKeyValue] like V8's PreviewEntries. */
function previewEntries(tag: IterTag): [unknown[], boolean] {
  const out = safeArray<unknown>();
  const pairs = tag.kind === 'entries';
  if (tag.done) return [out, pairs];
  let skip = tag.taken;
  const visit = (v: unknown, k: unknown) => {
    if (skip > 0) { skip--; return; }
    if (pairs) { append(out, k); append(out, v); } else append(out, tag.kind === 'keys' ? k : v);
  };
  if (tag.isMap) MapPrototypeForEach(tag.source, visit);
  else SetPrototypeForEach(tag.source, (v: unknown) => visit(v, v));
  return [out, pairs];
}

export function formatIterator(ctx: Ctx, tag: IterTag, braces: [string, string], recurseTimes: number): string[] {
  // Index reads, not destructuring: a program may have replaced the array iterator.
  const preview = previewEntries(tag);
  const entries = preview[0], isKeyValue = preview[1];
  const output = safeArray<string>();
  const len = isKeyValue ? entries.length / 2 : entries.length;
  const max = len < ctx.maxArrayLength ? len : ctx.maxArrayLength;
  ctx.indentationLvl += 2;
  for (let i = 0; i < max; i++) {
    if (!isKeyValue) { append(output, formatValue(ctx, entries[i], recurseTimes)); continue; }
    const res = safeArray<string>();
    append(res, formatValue(ctx, entries[i * 2], recurseTimes));
    append(res, formatValue(ctx, entries[i * 2 + 1], recurseTimes));
    append(output, reduceToSingleString(ctx, res, '', ['[', ']'], kArrayExtrasType, recurseTimes, undefined, false));
  }
  ctx.indentationLvl -= 2;
  if (isKeyValue) braces[0] = `[${tag.isMap ? 'Map' : 'Set'} Entries] {`;
  if (len > max) append(output, remainingText(len - max));
  return output;
}

export function formatPromise(ctx: Ctx, value: object, recurseTimes: number): string[] {
  const details = promiseDetails(value);
  const state = details[0], result = details[1];
  const output = safeArray<string>();
  if (state === 'pending') {
    append(output, '<pending>');
  } else {
    ctx.indentationLvl += 2;
    const str = formatValue(ctx, result, recurseTimes);
    ctx.indentationLvl -= 2;
    append(output, state === 'rejected' ? `<rejected> ${str}` : str);
  }
  return output;
}
