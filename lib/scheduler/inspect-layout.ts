// util.inspect's layout rules (compact = 3, breakLength = 80): put entries on one line when they
// fit, group long arrays of short items into aligned columns, else one entry per line.
import {
  ArrayPrototypeJoin, MathFloor, MathMax, MathMin, MathRound, MathSqrt, StringPrototypeIncludes,
  StringPrototypePadEnd, StringPrototypePadStart, StringPrototypeRepeat, safeArray, append,
} from './intrinsics.ts';
import { getStringWidth } from './string-width.ts';

export interface LayoutCtx {
  indentationLvl: number;
  currentDepth: number;
  breakLength: number;
  compact: number;
}
export const kObjectType = 0;
export const kArrayExtrasType = 2;

function groupArrayElements(ctx: LayoutCtx, output: string[], value: unknown[] | undefined, hasMore: boolean): string[] {
  let totalLength = 0;
  let maxLength = 0;
  const outputLength = hasMore ? output.length - 1 : output.length;
  const separatorSpace = 2;
  const dataLen = safeArray<number>();
  for (let i = 0; i < outputLength; i++) {
    // Display width: a CJK or emoji entry takes two columns per character (Node's getStringWidth).
    const len = getStringWidth(output[i]);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength &&
      (totalLength / actualMax > 5 || maxLength <= 6)) {
    const averageBias = MathSqrt(actualMax - totalLength / output.length);
    const biasedMax = MathMax(actualMax - 3 - averageBias, 1);
    const columns = MathMin(
      MathRound(MathSqrt(2.5 * biasedMax * outputLength) / biasedMax),
      MathFloor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;
    const tmp = safeArray<string>();
    const maxLineLength = safeArray<number>();
    for (let i = 0; i < columns; i++) {
      let lineMaxLength = 0;
      for (let j = i; j < output.length; j += columns) if (dataLen[j] > lineMaxLength) lineMaxLength = dataLen[j];
      maxLineLength[i] = lineMaxLength + separatorSpace;
    }
    let padStart = true;
    if (value !== undefined) {
      for (let i = 0; i < output.length; i++) {
        if (typeof value[i] !== 'number' && typeof value[i] !== 'bigint') { padStart = false; break; }
      }
    }
    for (let i = 0; i < outputLength; i += columns) {
      const max = MathMin(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        str += padStart ? StringPrototypePadStart(output[j] + ', ', padding, ' ')
          : StringPrototypePadEnd(output[j] + ', ', padding, ' ');
      }
      str += padStart
        ? StringPrototypePadStart(output[j], maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace, ' ')
        : output[j];
      append(tmp, str);
    }
    if (hasMore) append(tmp, output[outputLength]);
    return tmp;
  }
  return output;
}

function isBelowBreakLength(ctx: LayoutCtx, output: string[], start: number, base: string): boolean {
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (let i = 0; i < output.length; i++) {
    totalLength += output[i].length;
    if (totalLength > ctx.breakLength) return false;
  }
  return base === '' || !StringPrototypeIncludes(base, '\n');
}

export function reduceToSingleString(ctx: LayoutCtx, output: string[], base: string, braces: [string, string],
  extrasType: number, recurseTimes: number, value: unknown[] | undefined, hasMore: boolean): string {
  const entries = output.length;
  if (extrasType === kArrayExtrasType && entries > 6) output = groupArrayElements(ctx, output, value, hasMore);
  if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
    const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
    if (isBelowBreakLength(ctx, output, start, base)) {
      const joined = ArrayPrototypeJoin(output, ', ');
      if (!StringPrototypeIncludes(joined, '\n')) {
        return (base ? base + ' ' : '') + braces[0] + ' ' + joined + ' ' + braces[1];
      }
    }
  }
  const indentation = '\n' + StringPrototypeRepeat(' ', ctx.indentationLvl);
  return (base ? base + ' ' : '') + braces[0] + indentation + '  ' +
    ArrayPrototypeJoin(output, ',' + indentation + '  ') + indentation + braces[1];
}
