// Histogram of the class's best virtual times as SVG bars, with the same numbers as a table for
// screen readers and anyone who prefers to read them (the SVG is labelled, the table is the detail).
import type { HistogramBin } from '@/lib/classroom/histogram';
import { virtualTime } from '../../_lib/format';

const WIDTH = 520;
const HEIGHT = 160;
const AXIS = 22;

export function Histogram({ bins }: { bins: HistogramBin[] }) {
  if (!bins.length) return <p className="muted" data-testid="histogram-empty">No submissions yet: the histogram appears with the first one.</p>;
  const most = Math.max(...bins.map((b) => b.count), 1);
  const barWidth = WIDTH / bins.length;
  const total = bins.reduce((n, b) => n + b.count, 0);
  const summary = `${total} students' best virtual times from 0 to ${virtualTime(bins.at(-1)!.toMs)}, in ${bins.length} bins.`;
  return (
    <figure className="histogram" data-testid="histogram">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT + AXIS}`} role="img" aria-label={summary} className="histogram__svg">
        {bins.map((b, i) => {
          const h = (b.count / most) * (HEIGHT - 14);
          return (
            <g key={i}>
              <rect className="histogram__bar" x={i * barWidth + 2} y={HEIGHT - h} width={barWidth - 4} height={h} rx={2}>
                <title>{`${virtualTime(b.fromMs)}–${virtualTime(b.toMs)}: ${b.count}`}</title>
              </rect>
              {b.count > 0 && <text className="histogram__count" x={i * barWidth + barWidth / 2} y={HEIGHT - h - 3} textAnchor="middle">{b.count}</text>}
            </g>
          );
        })}
        <line className="histogram__axis" x1={0} x2={WIDTH} y1={HEIGHT} y2={HEIGHT} />
        <text className="histogram__tick" x={0} y={HEIGHT + 15}>0 s</text>
        <text className="histogram__tick" x={WIDTH / 2} y={HEIGHT + 15} textAnchor="middle">{virtualTime(bins.at(-1)!.toMs / 2)}</text>
        <text className="histogram__tick" x={WIDTH} y={HEIGHT + 15} textAnchor="end">{virtualTime(bins.at(-1)!.toMs)}</text>
      </svg>
      <figcaption className="muted">{summary}</figcaption>
      <details className="histogram__data">
        <summary>Show the numbers as a table</summary>
        <table className="data-table data-table--compact" data-testid="histogram-table">
          <thead><tr><th scope="col">Virtual time</th><th scope="col">Students</th></tr></thead>
          <tbody>{bins.map((b, i) => <tr key={i}><td>{virtualTime(b.fromMs)} – {virtualTime(b.toMs)}</td><td>{b.count}</td></tr>)}</tbody>
        </table>
      </details>
    </figure>
  );
}
