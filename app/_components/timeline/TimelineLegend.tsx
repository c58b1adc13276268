// Says what the timeline's colours and marks mean.
export function TimelineLegend() {
  return (
    <ul className="legend" aria-label="Legend">
      <li><span className="legend__swatch span--running" aria-hidden="true" /> running</li>
      <li><span className="legend__swatch span--waiting" aria-hidden="true" /> waiting (awaiting)</li>
      <li><span className="legend__swatch span--blocking" aria-hidden="true" /> blocking the loop</li>
      <li><span className="legend__swatch span--ready" aria-hidden="true" /> woken, waiting for the loop</li>
      <li><span className="legend__swatch legend__swatch--frame" aria-hidden="true" /> call awaited directly (runs inside its caller&rsquo;s task)</li>
      <li><span className="legend__swatch legend__swatch--marker" aria-hidden="true" /> console line</li>
    </ul>
  );
}
