// Primitive formatting for inspect: Node's quoting/escaping rules for strings (single quotes,
// falling back to " or ` when the text contains '), numbers (-0), bigints and symbols.
import {
  NumberCtor, ObjectCreate, ObjectIs, StringPrototypeToLowerCase, StringPrototypeCharCodeAt, StringPrototypeIncludes, StringPrototypeRepeat,
  StringPrototypeSlice, splitAfterNewlines, SymbolPrototypeToString, ArrayPrototypeJoin, safeArray, append,
} from './intrinsics.ts';

const hex = '0123456789ABCDEF';
const named: Record<number, string> = ObjectCreate(null);
named[8] = '\\b'; named[9] = '\\t'; named[10] = '\\n'; named[12] = '\\f'; named[13] = '\\r'; named[92] = '\\\\';
const toHex = (n: number, w: number) => {
  let s = '';
  for (let i = 0; i < w; i++) { s = hex[n & 15] + s; n >>= 4; }
  return s;
};

function escapeChar(code: number): string {
  const n = named[code];
  if (n !== undefined) return n;
  return '\\x' + toHex(code, 2);
}

/** util.inspect's string literal: quoted and escaped. */
export function strEscape(str: string): string {
  let quote = 39; // '
  if (StringPrototypeIncludes(str, "'")) {
    if (!StringPrototypeIncludes(str, '"')) quote = -1;
    else if (!StringPrototypeIncludes(str, '`') && !StringPrototypeIncludes(str, '${')) quote = -2;
  }
  let result = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c === quote || c === 92 || c < 32 || (c > 126 && c < 160)) {
      result += StringPrototypeSlice(str, last, i) + (c === 39 ? "\\'" : escapeChar(c));
      last = i + 1;
    } else if (c >= 0xd800 && c <= 0xdfff) {
      if (c <= 0xdbff && i + 1 < str.length) {
        const d = StringPrototypeCharCodeAt(str, i + 1);
        if (d >= 0xdc00 && d <= 0xdfff) { i++; continue; }
      }
      result += StringPrototypeSlice(str, last, i) + '\\u' + StringPrototypeToLowerCase(toHex(c, 4));
      last = i + 1;
    }
  }
  if (last !== str.length) result += StringPrototypeSlice(str, last);
  const q = quote === -1 ? '"' : quote === -2 ? '`' : "'";
  return q + result + q;
}

export function formatNumber(n: number): string {
  return ObjectIs(n, -0) ? '-0' : '' + n;
}

/**
 * Strings over maxStringLength are cut with "... N more characters"; strings longer than the
 * remaining line are split after each newline, joined with " +".
 */
export function formatPrimitive(value: unknown, indentationLvl: number, breakLength: number, maxStringLength = Infinity): string {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > maxStringLength) {
      const remaining = value.length - maxStringLength;
      value = StringPrototypeSlice(value, 0, maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    const str = value as string;
    if (str.length > 16 && str.length > breakLength - indentationLvl - 4) {
      const lines = splitAfterNewlines(str);
      const out = safeArray<string>();
      for (let i = 0; i < lines.length; i++) append(out, strEscape(lines[i]));
      return ArrayPrototypeJoin(out, ' +\n' + StringPrototypeRepeat(' ', indentationLvl + 2)) + trailer;
    }
    return strEscape(str) + trailer;
  }
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'bigint') return '' + value + 'n';
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  if (typeof value === 'undefined') return 'undefined';
  return SymbolPrototypeToString(value as symbol);
}

