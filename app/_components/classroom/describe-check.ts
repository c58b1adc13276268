// A check in words, for the student's "how it's graded" list and next to each grade result.
import type { Check } from '@/lib/classroom/checks.ts';
import { formatSeconds } from '@/lib/classroom/rules/outcome.ts';

const OPS = { atMost: '≤', atLeast: '≥', exactly: '=' } as const;

export function describeCheck(check: Check): string {
  switch (check.kind) {
    case 'output': {
      const n = check.lines.length;
      return `Console output matches ${n} ${check.match === 'exact' ? 'exact' : 'pattern'} line${n === 1 ? '' : 's'}`;
    }
    case 'time': return `Virtual time ${OPS[check.op]} ${formatSeconds(check.ms)}`;
    case 'concurrency': return `At least ${check.minWaiting} tasks waiting at the same instant`;
    case 'no-warnings': return 'No warnings (no task cancelled at shutdown, no floating promise, no unhandled rejection)';
    case 'status': return `The run ends with status “${check.status}”`;
    case 'harness': return 'The test harness passes';
    case 'explore-output': {
      const n = check.lines.length;
      return `Under every ordering Explore finds, the console output matches ${n} ${check.match === 'exact' ? 'exact' : 'pattern'} line${n === 1 ? '' : 's'}`;
    }
    case 'explore-outcomes': return `Explore finds at least ${check.min} distinct outcomes`;
  }
}
