// A histogram as SVG bars (virtual times, scores), optionally with a target line (the time budget),
// and the same numbers as a table for screen readers and anyone who prefers to read them.
import type { HistogramBin } from '@/lib/classroom/dashboard.ts';
import { virtualTime } from '../../_lib/format.ts';

const WIDTH = 520;
const HEIGHT = 160;
const AXIS = 22;

interface Props {
  bins: HistogramBin[];
  /** How a bin edge reads: virtual time by default, points for scores. */
  format?: (value: number) => string;
  /** What is counted and over what, for the summary: "students' best virtual times". */
  what?: string;
  target?: { value: number; label: string } | null;
  testId?: string;
}

export function Histogram({ bins, format = virtualTime, what = "students' best virtual times", target = null, testId = 'histogram' }: Props) {
  if (!bins.length) return <p className="muted" data-testid={`${testId}-empty`}>No submissions yet: the histogram appears with the first one.</p>;
  const most = Math.max(...bins.map((b) => b.count), 1);
  const barWidth = WIDTH / bins.length;
  const total = bins.reduce((n, b) => n + b.count, 0);
  const end = bins.at(-1)!.toMs;
  const summary = `${total} ${what} from ${format(0)} to ${format(end)}, in ${bins.length} bins${target ? `; ${target.label}` : ''}.`;
  const targetX = target && end > 0 ? Math.min(WIDTH - 1, (target.value / end) * WIDTH) : null;
  return (
    <figure className="histogram" data-testid={testId}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} role="img" aria-label={summary} className="histogram__svg">
        {bins.map((b, i) => {
          const h = (b.count / most) * (HEIGHT - 14);
          return (
            <g key={i}>
              <rect className="histogram__bar" x={i * barWidth + 2} y={HEIGHT - h} width={barWidth - 4} height={h} rx={2}>
                <title>{`${format(b.fromMs)}–${format(b.toMs)}: ${b.count}`}</title>
              </rect>
              {b.count > 0 && <text className="histogram__count" x={i * barWidth + barWidth / 2} y={HEIGHT - h - 3} textAnchor="middle">{b.count}</text>}
            </g>
          );
        })}
        {targetX !== null && target && (
          <g data-testid={`${testId}-target`}>
            <line className="histogram__target" x1={targetX} x2={targetX} y1={0} y2={HEIGHT} />
            <text className="histogram__target-label" x={targetX > WIDTH - 120 ? targetX - 4 : targetX + 4} y={11} textAnchor={targetX > WIDTH - 120 ? 'end' : 'start'}>{target.label}</text>
          </g>
        )}
        <line className="histogram__axis" x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} />
        <text className="histogram__tick" x={0} y={HEIGHT + 15}>{format(0)}</text>
        <text className="histogram__tick" x={WIDTH / 2} y={HEIGHT + 15} textAnchor="middle">{format(end / 2)}</text>
        <text className="histogram__tick" x={WIDTH} y={HEIGHT + 15} textAnchor="end">{format(end)}</text>
      </svg>
      <figcaption className="muted">{summary}</figcaption>
      <details className="histogram__data">
        <summary>Show the numbers as a table</summary>
        <table className="data-table data-table--compact" data-testid={`${testId}-table`}>
          <thead><tr><th scope="col">From – to</th><th scope="col">Students</th></tr></thead>
          <tbody>{bins.map((b, i) => <tr key={i}><td>{format(b.fromMs)} – {format(b.toMs)}</td><td>{b.count}</td></tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}
