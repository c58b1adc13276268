'use client';
// The "Regrade all" button and its progress bar (a real <progress>, announced as it moves).
import { useRegrade, type RegradeJob } from './use-regrade.ts';

export function RegradePanel({ assignmentId, initial, onFinished }: { assignmentId: string; initial: RegradeJob | null; onFinished(): void }) {
  const { job, error, start } = useRegrade(assignmentId, initial, onFinished);
  const running = job?.state === 'running' || job?.state === 'queued';
  return (
    <div className="regrade" data-testid="regrade">
      <button type="button" className="tool-button" onClick={start} disabled={running} data-testid="regrade-button">
        {running ? 'Regrading…' : 'Regrade all'}
      </button>
      <span className="regrade__status" aria-live="polite" data-testid="regrade-status" data-state={job?.state ?? 'none'}>
        {job && (
          <>
            <progress max={Math.max(job.total, 1)} value={job.total ? job.done : 1} aria-label="Regrade progress" />
            {job.state === 'queued' && ` Regrade of ${job.total} queued behind other runs`}
            {job.state === 'running' && ` ${job.done} of ${job.total} regraded`}
            {job.state === 'done' && ` Last regrade: ${job.total} submission${job.total === 1 ? '' : 's'} regraded`}
            {job.state === 'failed' && <span className="form-error"> Regrade failed: {job.error}</span>}
          </>
        )}
      </span>
      {error && <span className="form-error" role="alert">{error}</span>}
    </div>
  );
}
