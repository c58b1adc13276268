// How inspect lists binary data (Node's formatters): a typed array's elements (and, with
// showHidden, its fields), an ArrayBuffer's bytes as hex ([Uint8Contents]) and a DataView's
// byteLength, byteOffset and buffer. Lengths and buffers are read through captured getters.
import { StringPrototypePadStart, append, safeArray } from './intrinsics.ts';
import {
  ArrayBufferPrototypeGetByteLength, DataViewPrototypeGetBuffer, DataViewPrototypeGetByteLength, DataViewPrototypeGetByteOffset,
  NumberPrototypeToString, ReflectConstructRaw, TypedArrayPrototypeGetBuffer, TypedArrayPrototypeGetByteLength,
  TypedArrayPrototypeGetByteOffset, TypedArrayPrototypeGetLength, Uint8ArrayCtor,
} from './inspect-intrinsics.ts';
import { formatNumber } from './inspect-text.ts';
import { type Ctx, formatValue } from './inspect-ctx.ts';
import { remainingText } from './inspect-collections.ts';

/** The fields showHidden (%o) adds after a typed array's elements. */
const TYPED_ARRAY_FIELDS: [string, (v: any) => unknown][] = [
  ['BYTES_PER_ELEMENT', (v) => v.BYTES_PER_ELEMENT], ['length', TypedArrayPrototypeGetLength],
  ['byteLength', TypedArrayPrototypeGetByteLength], ['byteOffset', TypedArrayPrototypeGetByteOffset],
  ['buffer', TypedArrayPrototypeGetBuffer],
];

export function formatTypedArray(ctx: Ctx, value: any, recurseTimes: number): string[] {
  const length = TypedArrayPrototypeGetLength(value) as number;
  const max = length < ctx.maxArrayLength ? length : ctx.maxArrayLength;
  const output = safeArray<string>();
  for (let i = 0; i < max; i++) {
    const v = value[i];
    append(output, typeof v === 'number' ? formatNumber(v) : `${v}n`);
  }
  if (length > max) append(output, remainingText(length - max));
  if (ctx.showHidden) {
    ctx.indentationLvl += 2;
    for (let i = 0; i < TYPED_ARRAY_FIELDS.length; i++) {
      append(output, `[${TYPED_ARRAY_FIELDS[i][0]}]: ${formatValue(ctx, TYPED_ARRAY_FIELDS[i][1](value), recurseTimes, true)}`);
    }
    ctx.indentationLvl -= 2;
  }
  return output;
}

export function formatArrayBuffer(ctx: Ctx, value: ArrayBuffer): string[] {
  const length = ArrayBufferPrototypeGetByteLength(value) as number;
  const bytes = ReflectConstructRaw(Uint8ArrayCtor, [value]) as Uint8Array;
  const max = length < ctx.maxArrayLength ? length : ctx.maxArrayLength;
  let str = '';
  for (let i = 0; i < max; i++) str += (i === 0 ? '' : ' ') + StringPrototypePadStart(NumberPrototypeToString(bytes[i], 16), 2, '0');
  if (length > max) str += ` ... ${length - max} more byte${length - max > 1 ? 's' : ''}`;
  const output = safeArray<string>();
  append(output, `[Uint8Contents]: <${str}>`);
  append(output, `[byteLength]: ${formatNumber(length)}`);
  return output;
}

export function formatDataView(ctx: Ctx, value: DataView, recurseTimes: number): string[] {
  const output = safeArray<string>();
  append(output, `[byteLength]: ${formatNumber(DataViewPrototypeGetByteLength(value))}`);
  append(output, `[byteOffset]: ${formatNumber(DataViewPrototypeGetByteOffset(value))}`);
  ctx.indentationLvl += 2;
  append(output, `[buffer]: ${formatValue(ctx, DataViewPrototypeGetBuffer(value), recurseTimes)}`);
  ctx.indentationLvl -= 2;
  return output;
}

