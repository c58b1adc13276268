'use client';
// What saving found: the reference solution against every check, each wrong variant caught or not,
// and the warnings ("your checks do not catch the sequential version").
import type { AuthoringReport } from '@/lib/classroom/authoring.ts';

export function AuthoringReportView({ report }: { report: AuthoringReport }) {
  if (report.unverified) return <p className="notice notice--warn" role="status" data-testid="authoring-unverified">Checks not verified: {report.unverified}.</p>;
  if (!report.reference && !report.variants.length) return null;
  const ok = report.warnings.length === 0;
  return (
    <section className={`notice ${ok ? 'notice--ok' : 'notice--warn'}`} role={ok ? 'status' : 'alert'} data-testid="authoring-report" data-ok={ok}>
      <h2 className="section-title">{ok ? 'Your checks behave as intended' : 'Your checks need attention'}</h2>
      {!ok && <ul className="authoring-warnings" data-testid="authoring-warnings">{report.warnings.map((w) => <li key={w}>{w}</li>)}</ul>}
      <ul className="authoring-verdicts">
        {report.reference && (
          <li data-testid="verdict-reference">Reference solution: {report.reference.score} / {report.reference.maxScore}
            {report.reference.failed.length === 0 ? ' — passes every check' : ` — fails ${report.reference.failed.map((f) => f.id).join(', ')}`}</li>
        )}
        {report.variants.map((v, i) => (
          <li key={i} data-testid="verdict-variant" data-caught={v.caught}>{v.label}: {v.score} / {v.maxScore}
            {v.caught ? ` — caught by ${v.failed.map((f) => f.id).join(', ')}` : ' — NOT caught: passes every check'}</li>
        ))}
      </ul>
    </section>
  );
}
