// The change between the code a run used and the code now in the editor, as numbered lines, so
// "code changed since this run" can show exactly what changed (jsdiff does the line matching).
import { diffLines } from 'diff';

export interface DiffLine {
  kind: 'added' | 'removed' | 'same';
  text: string;
}

/** Lines of unchanged context kept around each change; the rest fold into one "…" line. */
export const DIFF_CONTEXT_LINES = 2;

export function codeDiff(ran: string, now: string): DiffLine[] {
  const lines: DiffLine[] = [];
  for (const part of diffLines(ran, now)) {
    const kind = part.added ? 'added' : part.removed ? 'removed' : 'same';
    const texts = part.value.replace(/\n$/, '').split('\n');
    for (const text of texts) lines.push({ kind, text });
  }
  return foldContext(lines);
}

/** Keeps changed lines and their context; a run of unchanged lines further away becomes one "…". */
function foldContext(lines: DiffLine[]): DiffLine[] {
  const near = new Array<boolean>(lines.length).fill(false);
  lines.forEach((line, i) => {
    if (line.kind === 'same') return;
    for (let j = Math.max(0, i - DIFF_CONTEXT_LINES); j <= Math.min(lines.length - 1, i + DIFF_CONTEXT_LINES); j++) near[j] = true;
  });
  const out: DiffLine[] = [];
  lines.forEach((line, i) => {
    if (near[i]) out.push(line);
    else if (out.at(-1)?.text !== '…' || out.at(-1)?.kind !== 'same') out.push({ kind: 'same', text: '…' });
  });
  return out;
}
