// The teacher's per-assignment table, pure: one row per student on the roster (with or without
// submissions), from their best submission (highest score, earliest on ties) and latest time.

export interface DashboardStudent {
  studentId: string;
  username: string;
}

export interface DashboardSubmission {
  id: string;
  studentId: string;
  score: number;
  maxScore: number;
  virtualMs: number;
  status: string;
  late: boolean;
  createdAt: Date;
}

export interface DashboardRow {
  studentId: string;
  username: string;
  submissions: number;
  bestScore: number | null;
  maxScore: number | null;
  /** Virtual time of the best submission. */
  virtualMs: number | null;
  /** The best submission came in after the due date. */
  late: boolean;
  latestAt: Date | null;
  bestSubmissionId: string | null;
}

function better(a: DashboardSubmission, b: DashboardSubmission): DashboardSubmission {
  if (a.score !== b.score) return a.score > b.score ? a : b;
  return a.createdAt <= b.createdAt ? a : b;
}

export function dashboardRows(students: readonly DashboardStudent[], submissions: readonly DashboardSubmission[]): DashboardRow[] {
  return students.map(({ studentId, username }) => {
    const mine = submissions.filter((s) => s.studentId === studentId);
    if (!mine.length) {
      return { studentId, username, submissions: 0, bestScore: null, maxScore: null, virtualMs: null, late: false, latestAt: null, bestSubmissionId: null };
    }
    const best = mine.reduce(better);
    const latestAt = mine.reduce((at, s) => (s.createdAt > at ? s.createdAt : at), mine[0]!.createdAt);
    return {
      studentId, username, submissions: mine.length, bestScore: best.score, maxScore: best.maxScore,
      virtualMs: best.virtualMs, late: best.late, latestAt, bestSubmissionId: best.id,
    };
  });
}
