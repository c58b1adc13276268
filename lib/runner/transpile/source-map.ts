// Decodes the source map TypeScript emits (base64 VLQ "mappings", version 3, one source) into
// per-line segment lists, and finds the source position for a generated line/column.

const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const DIGIT = new Int8Array(128).fill(-1);
for (let i = 0; i < BASE64.length; i++) DIGIT[BASE64.charCodeAt(i)] = i;

/** One mapping: generated column → source line and column (all 0-based). */
export interface Segment {
  column: number;
  sourceLine: number;
  sourceColumn: number;
}

/** Segments of each generated line (0-based), sorted by generated column. */
export type DecodedMap = Segment[][];

export function decodeMappings(mappings: string): DecodedMap {
  const lines: DecodedMap = [[]];
  let column = 0, sourceLine = 0, sourceColumn = 0;
  const fields: number[] = [];
  let value = 0, shift = 0;
  const flush = () => {
    // Fields are deltas: generated column (reset per line), source index, source line, source column[, name].
    if (fields.length >= 4) {
      column += fields[0];
      sourceLine += fields[2];
      sourceColumn += fields[3];
      lines[lines.length - 1].push({ column, sourceLine, sourceColumn });
    } else if (fields.length >= 1) {
      column += fields[0];
    }
    fields.length = 0;
  };
  for (let i = 0; i < mappings.length; i++) {
    const ch = mappings.charCodeAt(i);
    if (ch === 44 /* , */ || ch === 59 /* ; */) {
      flush();
      if (ch === 59) { lines.push([]); column = 0; }
      continue;
    }
    const digit = ch < 128 ? DIGIT[ch] : -1;
    if (digit < 0) throw new Error(`bad source map character ${JSON.stringify(mappings[i])}`);
    value += (digit & 31) * 2 ** shift;
    if (digit & 32) { shift += 5; continue; }
    fields.push(value % 2 === 1 ? -(value - 1) / 2 : value / 2);
    value = 0;
    shift = 0;
  }
  flush();
  for (const line of lines) line.sort((a, b) => a.column - b.column);
  return lines;
}

/**
 * The source position of generated (line, column), 0-based: the last segment at or before the
 * column on that line, else the line's first segment (a column inside leading indentation).
 */
export function lookup(map: DecodedMap, line: number, column: number): { line: number; column: number } | undefined {
  const segments = map[line];
  if (!segments || segments.length === 0) return undefined;
  let lo = 0, hi = segments.length - 1, found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (segments[mid].column <= column) { found = mid; lo = mid + 1; } else hi = mid - 1;
  }
  const seg = segments[Math.max(found, 0)];
  return { line: seg.sourceLine, column: seg.sourceColumn };
}
