// An assignment's due state as the class page shows it: open, due within a day, past due (late
// work accepted, penalised) or closed, from the due date and late policy alone.
import type { LatePolicy } from './late-policy.ts';

/** "Due soon" within this many ms of the due date (one day). */
export const DUE_SOON_MS = 24 * 60 * 60 * 1000;

export type DueState = 'open' | 'due-soon' | 'late-accepted' | 'late-penalty' | 'closed';

export const DUE_STATE_LABELS: Record<DueState, string> = {
  open: 'open',
  'due-soon': 'due within a day',
  'late-accepted': 'past due: late work accepted',
  'late-penalty': 'past due: late work penalised',
  closed: 'closed',
};

export function dueState(dueAt: Date, policy: LatePolicy, now: Date): DueState {
  const left = dueAt.getTime() - now.getTime();
  if (left > DUE_SOON_MS) return 'open';
  if (left >= 0) return 'due-soon';
  if (policy.kind === 'refuse') return 'closed';
  return policy.kind === 'penalty' && policy.penaltyPercent > 0 ? 'late-penalty' : 'late-accepted';
}
