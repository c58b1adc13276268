// Display width of a string in a terminal column count, as Node's getStringWidth computes it:
// East Asian wide and fullwidth characters (CJK, Hangul, most emoji) take 2 columns, combining
// marks, zero-width and control characters take none, after NFC normalisation.
import { StringPrototypeCharCodeAt } from './intrinsics.ts';
import { StringPrototypeCodePointAt, StringPrototypeNormalize } from './inspect-intrinsics.ts';

/** [first, last] code point ranges that print two columns wide. */
const FULL_WIDTH: [number, number][] = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3040, 0x3247], [0x3250, 0x4dbf], [0x4e00, 0xa4c6],
  [0xa960, 0xa97c], [0xac00, 0xd7a3], [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6b], [0xff01, 0xff60],
  [0xffe0, 0xffe6], [0x1b000, 0x1b001], [0x1f200, 0x1f251], [0x1f300, 0x1f64f], [0x20000, 0x3fffd],
];
/** [first, last] code point ranges that print no column at all. */
const ZERO_WIDTH: [number, number][] = [
  [0x00, 0x1f], [0x7f, 0x9f], [0x300, 0x36f], [0x200b, 0x200f], [0x20d0, 0x20ff], [0xfe00, 0xfe0f], [0xfe20, 0xfe2f],
  [0xe0100, 0xe01ef],
];

function inRanges(code: number, ranges: [number, number][]): boolean {
  for (let i = 0; i < ranges.length; i++) if (code >= ranges[i][0] && code <= ranges[i][1]) return true;
  return false;
}

export function getStringWidth(str: string): number {
  // Fast path: printable ASCII is one column per character.
  let ascii = true;
  for (let i = 0; i < str.length; i++) {
    const c = StringPrototypeCharCodeAt(str, i);
    if (c < 0x20 || c > 0x7e) { ascii = false; break; }
  }
  if (ascii) return str.length;
  const s = StringPrototypeNormalize(str, 'NFC');
  let width = 0;
  for (let i = 0; i < s.length; i++) {
    const code = StringPrototypeCodePointAt(s, i) as number;
    if (code > 0xffff) i++;
    if (inRanges(code, FULL_WIDTH)) width += 2;
    else if (!inRanges(code, ZERO_WIDTH)) width++;
  }
  return width;
}
