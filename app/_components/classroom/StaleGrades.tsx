'use client';
// After the checks change: "N grades are now out of date — regrade?", then the regrade's progress
// (the existing background job, lib/usecases/regrade.ts).
import { useRegrade, type RegradeJob } from './use-regrade.ts';

export function StaleGrades({ assignmentId, count }: { assignmentId: string; count: number }) {
  const { job, error, start } = useRegrade(assignmentId, null as RegradeJob | null, () => {});
  const running = job?.state === 'running' || job?.state === 'queued';
  if (count <= 0 && !job) return null;
  return (
    <div className="notice notice--warn" role="status" data-testid="stale-grades">
      {!job && <span>{count} grade{count === 1 ? ' is' : 's are'} now out of date — regrade?</span>}
      {!job && <button type="button" className="tool-button" onClick={start} data-testid="stale-regrade">Regrade {count}</button>}
      {job && (
        <span aria-live="polite" data-testid="stale-regrade-status" data-state={job.state}>
          <progress max={Math.max(job.total, 1)} value={job.total ? job.done : 1} aria-label="Regrade progress" />
          {running && ` ${job.done} of ${job.total} regraded`}
          {job.state === 'done' && ` ${job.total} submission${job.total === 1 ? '' : 's'} regraded with the new checks`}
          {job.state === 'failed' && <span className="form-error"> Regrade failed: {job.error}</span>}
        </span>
      )}
      {error && <span className="form-error" role="alert">{error}</span>}
    </div>
  );
}
