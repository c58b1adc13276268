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
  /** How the best submission's run ended: a deadlock at 1 s is not a 1 s run. */
  status: string | null;
  latestAt: Date | null;
  bestSubmissionId: string | null;
}

function better(a: DashboardSubmission, b: DashboardSubmission): DashboardSubmission {
  if (a.score !== b.score) return a.score > b.score ? a : b;
  return a.createdAt <= b.createdAt ? a : b;
}

export function dashboardRows(students: readonly DashboardStudent[], submissions: readonly DashboardSubmission[]): DashboardRow[] {
  // One pass to bucket by student: 3,000 submissions × 300 students stay linear.
  const byStudent = new Map<string, DashboardSubmission[]>();
  for (const s of submissions) {
    const list = byStudent.get(s.studentId);
    if (list) list.push(s);
    else byStudent.set(s.studentId, [s]);
  }
  return students.map(({ studentId, username }) => {
    const mine = byStudent.get(studentId);
    if (!mine) {
      return { studentId, username, submissions: 0, bestScore: null, maxScore: null, virtualMs: null, late: false, status: null, latestAt: null, bestSubmissionId: null };
    }
    const best = mine.reduce(better);
    const latestAt = mine.reduce((at, s) => (s.createdAt > at ? s.createdAt : at), mine[0]!.createdAt);
    return {
      studentId, username, submissions: mine.length, bestScore: best.score, maxScore: best.maxScore,
      virtualMs: best.virtualMs, late: best.late, status: best.status, latestAt, bestSubmissionId: best.id,
    };
  });
}
