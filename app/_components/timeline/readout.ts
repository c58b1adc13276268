// The playhead readout: every task at that instant in one line ("main waits for callApi#1 ·
// showMessage sleeps until 2 s · …"), tasks not yet started or long finished left out.
import type { Lane } from './lanes.ts';
import { activityAt } from './playhead.ts';
import { activityClause } from './describe-activity.ts';
import type { TaskNames } from './words.ts';

/** Most tasks named in the readout; the rest are counted ("… and 12 more"). */
export const READOUT_MAX_TASKS = 6;

export function readoutText(lanes: readonly Lane[], names: TaskNames, t: number): string {
  const clauses: string[] = [];
  let more = 0;
  for (const lane of lanes) {
    const activity = activityAt(lane.task, t);
    if (activity.kind === 'not-started') continue;
    // A task settled before this instant is history; one settling right now is news.
    if (activity.kind === 'settled' && lane.task.settledAt !== t) continue;
    if (clauses.length >= READOUT_MAX_TASKS) { more++; continue; }
    clauses.push(activityClause(names.get(lane.task.id) ?? lane.task.name, activity));
  }
  if (clauses.length === 0) return 'every task has finished';
  return clauses.join(' · ') + (more > 0 ? ` · … and ${more} more` : '');
}
