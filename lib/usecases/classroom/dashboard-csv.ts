// The dashboard's CSV as a stream: the roster is read a page at a time (with those students'
// submission summaries and best grades), so a large class never sits in memory as one string.
// The caller has already authorized the teacher.
import type { Db } from '../../db/client.ts';
import type { AssignmentRecord } from '../../db/assignments.ts';
import { gradesOf, listSubmissionShapes, rosterPage } from '../../db/dashboard-reads.ts';
import { dashboardRows } from '../../classroom/dashboard.ts';
import { gridChecks, gridRows, gridCsvHeader, gridCsvLine } from '../../classroom/check-grid.ts';
import { listAssignmentExtensions } from '../../db/authoring.ts';

/** Students per page of the CSV stream. */
export const CSV_PAGE_STUDENTS = 100;

/** The CSV text, one chunk per page of students (the first chunk is the header). */
export async function* dashboardCsvChunks(db: Db, assignment: AssignmentRecord, pageSize = CSV_PAGE_STUDENTS): AsyncGenerator<string> {
  const checks = gridChecks(assignment.checks);
  const extended = new Map((await listAssignmentExtensions(db, assignment.id)).map((e) => [e.studentId, e.dueAt]));
  yield gridCsvHeader(checks);
  let after: string | null = null;
  for (;;) {
    const students = await rosterPage(db, assignment.classId, after, pageSize);
    if (!students.length) return;
    const shapes = await listSubmissionShapes(db, assignment.id, students.map((s) => s.studentId));
    const rows = dashboardRows(students, shapes);
    const grades = await gradesOf(db, rows.flatMap((r) => (r.bestSubmissionId ? [r.bestSubmissionId] : [])));
    yield gridRows(rows, checks, grades).map((row) => gridCsvLine(row, extended.get(row.studentId) ?? assignment.dueAt)).join('');
    if (students.length < pageSize) return;
    after = students.at(-1)!.username;
  }
}

/** A byte stream of the chunks, pulled as the client reads (back-pressure), cancelled if it leaves. */
export function csvStream(chunks: AsyncGenerator<string>): ReadableStream<Uint8Array> {
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done) controller.close();
      else controller.enqueue(encoder.encode(next.value));
    },
    async cancel() {
      await chunks.return(undefined);
    },
  });
}
