// Per-check pass rates over each student's best submission: "concurrency (concurrency): 1 of 3
// pass", with a bar, so the check most of the class fails stands out.
import type { PassRate } from '@/lib/classroom/check-grid.ts';

export function PassRates({ rates }: { rates: PassRate[] }) {
  if (!rates.length) return <p className="muted">This assignment has no checks.</p>;
  return (
    <ul className="pass-rates" data-testid="pass-rates">
      {rates.map((r) => {
        const share = r.total ? r.passed / r.total : 0;
        return (
          <li key={r.id} className="pass-rate" data-testid="pass-rate" data-check={r.id}>
            <span className="pass-rate__name"><strong>{r.id}</strong> <span className="muted">{r.kind} check{r.visible ? '' : ', hidden'} · {r.points} pts</span></span>
            <span className="pass-rate__text" data-testid="pass-rate-text">{r.total ? `${r.passed} of ${r.total} pass` : 'no grades yet'}</span>
            <span className="pass-rate__bar" aria-hidden="true"><span style={{ width: `${Math.round(share * 100)}%` }} /></span>
          </li>
        );
      })}
    </ul>
  );
}
