'use client';
// The teacher's page for one assignment: actions (edit, CSV, regrade with progress), the table of
// every student, the histogram of virtual times and every submission. Data comes from the server
// page; a finished regrade refreshes it.
import { useRouter } from 'next/navigation';
import type { DashboardRow } from '@/lib/classroom/dashboard';
import type { HistogramBin } from '@/lib/classroom/histogram';
import { shortDate } from '../../_lib/dates';
import { AllSubmissions, type TeacherSubmissionItem } from './AllSubmissions';
import { DashboardTable } from './DashboardTable';
import { Histogram } from './Histogram';
import { RegradePanel } from './RegradePanel';
import type { RegradeJob } from './use-regrade';

interface Props {
  assignment: { id: string; title: string; dueAt: Date; checkCount: number; hiddenCheckCount: number };
  cls: { id: string; name: string };
  rows: DashboardRow[];
  bins: HistogramBin[];
  submissions: TeacherSubmissionItem[];
  job: RegradeJob | null;
}

export function TeacherDashboard({ assignment, cls, rows, bins, submissions, job }: Props) {
  const router = useRouter();
  const submitted = rows.filter((r) => r.submissions > 0).length;
  return (
    <div className="dashboard" data-testid="teacher-dashboard">
      <div>
        <p className="breadcrumb"><a href="/classes">My classes</a> / <a href={`/classes/${cls.id}`}>{cls.name}</a> /</p>
        <h1 className="page-title" data-testid="assignment-heading">{assignment.title}</h1>
        <span className="muted">due {shortDate(assignment.dueAt)} · {assignment.checkCount} checks ({assignment.hiddenCheckCount} hidden)</span>
      </div>
      <div className="action-row">
        <a className="tool-button tool-button--link" href={`/assignments/${assignment.id}/edit`} data-testid="edit-assignment">Edit assignment</a>
        <a className="tool-button tool-button--link" href={`/api/assignments/${assignment.id}/export`} download data-testid="csv-download">Download CSV</a>
        <RegradePanel assignmentId={assignment.id} initial={job} onFinished={() => router.refresh()} />
      </div>
      <section className="card" aria-labelledby="students-title">
        <h2 id="students-title" className="section-title">Students ({submitted} of {rows.length} submitted)</h2>
        <DashboardTable rows={rows} />
      </section>
      <div className="dashboard-grid">
        <section className="card" aria-labelledby="histogram-title">
          <h2 id="histogram-title" className="section-title">Virtual time of each student's best submission</h2>
          <Histogram bins={bins} />
        </section>
        <section className="card" aria-labelledby="all-title">
          <h2 id="all-title" className="section-title">All submissions ({submissions.length})</h2>
          <AllSubmissions submissions={submissions} />
        </section>
      </div>
    </div>
  );
}
