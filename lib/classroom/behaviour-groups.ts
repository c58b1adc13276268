// Behaviour groups, pure: each student's latest submission classified by the shape of its
// timeline (from its stored TraceSummary), so a teacher sees "12 concurrent, 9 sequential,
// 3 deadlocked" and opens one representative timeline per group.
import type { TraceSummary } from './trace-summary.ts';

export const BEHAVIOURS = ['concurrent', 'sequential', 'deadlocked', 'cancelled-at-shutdown', 'blocking', 'failed', 'other', 'unknown'] as const;
export type Behaviour = (typeof BEHAVIOURS)[number];

export const BEHAVIOUR_LABELS: Record<Behaviour, { title: string; description: string }> = {
  concurrent: { title: 'Concurrent', description: 'several tasks waiting at once' },
  sequential: { title: 'Sequential', description: 'a staircase of awaits, one after another' },
  deadlocked: { title: 'Deadlocked', description: 'tasks waiting on each other; the run never finished' },
  'cancelled-at-shutdown': { title: 'Cancelled at shutdown', description: 'a task or promise never awaited, cut off when the program ended' },
  blocking: { title: 'Blocking', description: 'blocking work held the event loop' },
  failed: { title: 'Did not finish', description: 'an error, a time-out or a limit ended the run' },
  other: { title: 'Other', description: 'at most one wait: no overlap and no staircase to see' },
  unknown: { title: 'Not summarised', description: 'submitted before behaviour groups existed: regrade to include them' },
};

/** What the classification needs of the assignment: its time budget, when a time check sets one. */
export interface BehaviourContext {
  targetMs: number | null;
}

export function classify(summary: TraceSummary | null, context: BehaviourContext): Behaviour {
  if (!summary) return 'unknown';
  if (summary.status === 'deadlock') return 'deadlocked';
  if (summary.status !== 'ok') return 'failed';
  // A floating `main();` in plain JS is "never awaited" too, but runs to its end: only a task cut
  // off when the program ended belongs here.
  if (summary.cancelledAtShutdown > 0 || summary.unfinished > 0) return 'cancelled-at-shutdown';
  // With a budget, blocking matters when the run went over it; without one, any blocking span does.
  const over = context.targetMs === null || summary.virtualMs > context.targetMs;
  if (summary.blockingMs > 0 && over) return 'blocking';
  if (summary.peakWaiting >= 2) return 'concurrent';
  if (summary.leafWaits >= 2) return 'sequential';
  return 'other';
}

export interface GroupInput {
  submissionId: string;
  studentId: string;
  username: string;
  createdAt: Date;
  summary: TraceSummary | null;
}

export interface BehaviourGroup {
  behaviour: Behaviour;
  title: string;
  description: string;
  students: Array<{ studentId: string; username: string; submissionId: string; virtualMs: number | null; status: string | null }>;
  /** The member whose virtual time is the group's median: a typical timeline, not an outlier. */
  representativeId: string;
}

/** Groups each student's latest submission; groups in BEHAVIOURS order, students by name. */
export function behaviourGroups(submissions: readonly GroupInput[], context: BehaviourContext): BehaviourGroup[] {
  const latest = new Map<string, GroupInput>();
  for (const s of submissions) {
    const seen = latest.get(s.studentId);
    if (!seen || s.createdAt > seen.createdAt) latest.set(s.studentId, s);
  }
  const members = new Map<Behaviour, GroupInput[]>();
  for (const s of latest.values()) {
    const b = classify(s.summary, context);
    const list = members.get(b);
    if (list) list.push(s);
    else members.set(b, [s]);
  }
  return BEHAVIOURS.flatMap((behaviour) => {
    const list = members.get(behaviour);
    if (!list) return [];
    list.sort((a, b) => (a.username < b.username ? -1 : a.username > b.username ? 1 : 0));
    const byTime = [...list].sort((a, b) => (a.summary?.virtualMs ?? 0) - (b.summary?.virtualMs ?? 0));
    const label = BEHAVIOUR_LABELS[behaviour];
    const description = behaviour === 'blocking' && context.targetMs !== null ? `over the ${context.targetMs} ms time budget because ${label.description}` : label.description;
    return [{
      behaviour, title: label.title, description,
      students: list.map((s) => ({ studentId: s.studentId, username: s.username, submissionId: s.submissionId, virtualMs: s.summary?.virtualMs ?? null, status: s.summary?.status ?? null })),
      representativeId: byTime[Math.floor((byTime.length - 1) / 2)]!.submissionId,
    }];
  });
}
