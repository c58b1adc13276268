// console.table: Node's box-drawing table (lib/internal/cli_table.js) over rows of an array,
// object, Map or Set, with values inspected at depth 0 like Node does; columns are as wide as the
// widest cell's display width (CJK and emoji count two columns).
import {
  ArrayIsArray, ArrayPrototypeJoin, MapPrototypeForEach, MapPrototypeGetSize, MathMax, ObjectCreate,
  ObjectHasOwn, ObjectKeys, SetPrototypeForEach, SetPrototypeGetSize, StringPrototypeRepeat, append, safeArray,
} from './intrinsics.ts';
import { inspect } from './inspect.ts';
import { getStringWidth } from './string-width.ts';

function renderRow(row: string[], widths: number[]): string {
  let out = '│ ';
  for (let i = 0; i < row.length; i++) {
    // Node 24 left-aligns every cell.
    out += row[i] + StringPrototypeRepeat(' ', widths[i] - getStringWidth(row[i]));
    if (i !== row.length - 1) out += ' │ ';
  }
  return out + ' │';
}

function render(head: string[], columns: string[][]): string {
  const widths = safeArray<number>();
  let longest = 0;
  for (let i = 0; i < head.length; i++) {
    widths[i] = getStringWidth(head[i]);
    longest = MathMax(longest, columns[i].length);
  }
  const rows = safeArray<string[]>();
  for (let i = 0; i < head.length; i++) {
    for (let j = 0; j < longest; j++) {
      if (rows[j] === undefined) rows[j] = safeArray();
      const v = ObjectHasOwn(columns[i], j) && columns[i][j] !== undefined ? columns[i][j] : '';
      rows[j][i] = v;
      widths[i] = MathMax(widths[i], getStringWidth(v));
    }
  }
  const divider = safeArray<string>();
  for (let i = 0; i < widths.length; i++) append(divider, StringPrototypeRepeat('─', widths[i] + 2));
  let result = '┌' + ArrayPrototypeJoin(divider, '┬') + '┐\n' + renderRow(head, widths) + '\n' +
    '├' + ArrayPrototypeJoin(divider, '┼') + '┤\n';
  for (let j = 0; j < rows.length; j++) result += renderRow(rows[j], widths) + '\n';
  return result + '└' + ArrayPrototypeJoin(divider, '┴') + '┘';
}

function cell(v: unknown): string {
  const deep = v !== null && typeof v === 'object' && !ArrayIsArray(v) && ObjectKeys(v).length > 2;
  return inspect(v, { depth: deep ? -1 : 0, breakLength: Infinity });
}

/** The table text, or null when the data isn't tabular (console.table then logs it plainly). */
export function table(data: unknown, properties?: string[]): string | null {
  if (data === null || typeof data !== 'object') return null;
  const index = safeArray<string>();
  if (isMap(data)) {
    const keys = safeArray<string>(), values = safeArray<string>();
    MapPrototypeForEach(data, (v: unknown, k: unknown) => {
      append(index, cell(index.length)); append(keys, cell(k)); append(values, cell(v));
    });
    return render(['(iteration index)', 'Key', 'Values'], [index, keys, values]);
  }
  if (isSet(data)) {
    const values = safeArray<string>();
    SetPrototypeForEach(data, (v: unknown) => { append(index, cell(index.length)); append(values, cell(v)); });
    return render(['(iteration index)', 'Values'], [index, values]);
  }
  const map: Record<string, string[]> = ObjectCreate(null);
  const order = safeArray<string>();
  const primitives = safeArray<string>();
  let hasPrimitives = false;
  const rowKeys = ObjectKeys(data);
  for (let i = 0; i < rowKeys.length; i++) {
    const item = (data as any)[rowKeys[i]];
    const primitive = item === null || (typeof item !== 'function' && typeof item !== 'object');
    if (properties === undefined && primitive) {
      hasPrimitives = true;
      primitives[i] = cell(item);
    } else {
      const keys = properties || ObjectKeys(item);
      for (let k = 0; k < keys.length; k++) {
        const key = keys[k];
        if (map[key] === undefined) { map[key] = safeArray(); append(order, key); }
        map[key][i] = (primitive && properties) || !ObjectHasOwn(item, key) ? '' : cell(item[key]);
      }
    }
  }
  const head = safeArray<string>(), columns = safeArray<string[]>();
  append(head, '(index)'); append(columns, rowKeys);
  for (let i = 0; i < order.length; i++) { append(head, order[i]); append(columns, map[order[i]]); }
  if (hasPrimitives) { append(head, 'Values'); append(columns, primitives); }
  return render(head, columns);
}

function isMap(v: object): boolean {
  try { MapPrototypeGetSize(v); return true; } catch { return false; }
}
function isSet(v: object): boolean {
  try { SetPrototypeGetSize(v); return true; } catch { return false; }
}
