'use client';
// The teacher's page for one assignment: actions (edit, CSV, regrade with progress), the student ×
// check grid, pass rates, behaviour groups, the score and virtual-time histograms and every
// submission. Data comes from the server page; a finished regrade refreshes it.
import { useRouter } from 'next/navigation';
import type { TeacherDashboardView } from '@/lib/usecases/classroom/dashboard.ts';
import { shortDate } from '../../_lib/dates.ts';
import { virtualTime } from '../../_lib/format.ts';
import { AllSubmissions, type TeacherSubmissionItem } from './AllSubmissions.tsx';
import { BehaviourGroups } from './BehaviourGroups.tsx';
import { DashboardTable } from './DashboardTable.tsx';
import { Histogram } from './Histogram.tsx';
import { PassRates } from './PassRates.tsx';
import { RegradePanel } from './RegradePanel.tsx';
import type { RegradeJob } from './use-regrade.ts';
import '../styles/dashboard.css';

interface Props {
  assignment: { id: string; title: string; dueAt: Date; checkCount: number; hiddenCheckCount: number };
  cls: { id: string; name: string };
  view: TeacherDashboardView;
  submissions: TeacherSubmissionItem[];
  job: RegradeJob | null;
}

const points = (n: number) => `${Math.round(n)} pts`;

export function TeacherDashboard({ assignment, cls, view, submissions, job }: Props) {
  const router = useRouter();
  const { rows } = view;
  const submitted = rows.filter((r) => r.submissions > 0).length;
  const target = view.targetMs === null ? null : { value: view.targetMs, label: `budget ${virtualTime(view.targetMs)}` };
  return (
    <div className="dashboard" data-testid="teacher-dashboard">
      <div>
        <p className="breadcrumb"><a href="/classes">My classes</a> / <a href={`/classes/${cls.id}`}>{cls.name}</a> /</p>
        <h1 className="page-title" data-testid="assignment-heading">{assignment.title}</h1>
        <span className="muted">due {shortDate(assignment.dueAt)} · {assignment.checkCount} checks ({assignment.hiddenCheckCount} hidden)</span>
      </div>
      <div className="action-row">
        <a className="tool-button tool-button--link" href={`/assignments/${assignment.id}/edit`} data-testid="edit-assignment">Edit assignment</a>
        <a className="tool-button tool-button--link" href={`/assignments/${assignment.id}/preview`} data-testid="dashboard-preview">Preview as a student</a>
        <a className="tool-button tool-button--link" href={`/api/assignments/${assignment.id}/export`} download data-testid="csv-download">Download CSV</a>
        <RegradePanel assignmentId={assignment.id} initial={job} onFinished={() => router.refresh()} />
      </div>
      <section className="card" aria-labelledby="students-title">
        <h2 id="students-title" className="section-title">Students × checks ({submitted} of {rows.length} submitted; best submission each)</h2>
        <DashboardTable rows={rows} checks={view.checks} rates={view.passRates} />
      </section>
      <div className="dashboard-grid dashboard-grid--even">
        <section className="card" aria-labelledby="rates-title">
          <h2 id="rates-title" className="section-title">Pass rate of each check</h2>
          <PassRates rates={view.passRates} />
        </section>
        <section className="card" aria-labelledby="groups-title">
          <h2 id="groups-title" className="section-title">Behaviour groups (latest submission each)</h2>
          <BehaviourGroups groups={view.groups} />
        </section>
      </div>
      <div className="dashboard-grid dashboard-grid--even">
        <section className="card" aria-labelledby="scores-title">
          <h2 id="scores-title" className="section-title">Best score of each student</h2>
          <Histogram bins={view.scoreBins} format={points} what="students' best scores" testId="score-histogram" />
        </section>
        <section className="card" aria-labelledby="histogram-title">
          <h2 id="histogram-title" className="section-title">Virtual time of each student's best submission</h2>
          <Histogram bins={view.timeBins} target={target} />
          {view.unfinished > 0 && <p className="muted" data-testid="histogram-unfinished">Not drawn: {view.unfinished} best submission{view.unfinished === 1 ? '' : 's'} that did not finish (a deadlock at 1 s is no 1 s run).</p>}
        </section>
      </div>
      <section className="card" aria-labelledby="all-title">
        <h2 id="all-title" className="section-title">All submissions ({submissions.length})</h2>
        <AllSubmissions submissions={submissions} />
      </section>
    </div>
  );
}
