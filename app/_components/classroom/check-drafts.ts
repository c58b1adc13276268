// New checks as the assignment editor adds them: sensible defaults per kind and a fresh id, so a
// teacher only changes what matters (the limit, the lines, the points).
import type { Check, CheckKind } from '@/lib/classroom/checks.ts';

export const CHECK_KIND_LABELS: Record<CheckKind, string> = {
  output: 'Console output',
  time: 'Virtual time',
  concurrency: 'Concurrency',
  'no-warnings': 'No warnings',
  status: 'Expected status',
  harness: 'Test harness',
  'explore-output': 'Output under every ordering (Explore)',
  'explore-outcomes': 'Several outcomes (Explore)',
};

export const CHECK_KINDS = Object.keys(CHECK_KIND_LABELS) as CheckKind[];

const HARNESS_TEMPLATE = '// Runs after the student\'s code, in the same program.\n// assert(condition, message) and expect(actual).toBe(expected) are built in.\nexpect(await callApi("x", 7, 0)).toBe(7);\n';

function freshId(kind: CheckKind, taken: readonly string[]): string {
  for (let n = 1; ; n++) if (!taken.includes(`${kind}-${n}`)) return `${kind}-${n}`;
}

export function newCheck(kind: CheckKind, taken: readonly string[]): Check {
  const base = { id: freshId(kind, taken), points: 10, visible: true };
  switch (kind) {
    case 'output': return { ...base, kind, match: 'exact', lines: [] };
    case 'time': return { ...base, kind, op: 'atMost', ms: 3000 };
    case 'concurrency': return { ...base, kind, minWaiting: 2 };
    case 'no-warnings': return { ...base, kind };
    case 'status': return { ...base, kind, status: 'ok' };
    case 'harness': return { ...base, kind, code: HARNESS_TEMPLATE };
    case 'explore-output': return { ...base, kind, match: 'exact', lines: [] };
    case 'explore-outcomes': return { ...base, kind, min: 2 };
  }
}

/** Expected lines as saved: a trailing blank line in the textarea is not an expected empty line. */
export function tidyCheck(check: Check): Check {
  if (check.kind !== 'output' && check.kind !== 'explore-output') return check;
  const lines = [...check.lines];
  while (lines.length && lines.at(-1) === '') lines.pop();
  return { ...check, lines };
}
