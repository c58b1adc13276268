// The teacher's view of the test harnesses beside a submission: each harness check's code, with
// the line numbers its errors refer to ("at line 3 of the test harness").
import type { Check } from '@/lib/classroom/checks.ts';

export function HarnessSources({ checks }: { checks: readonly Check[] }) {
  const harnesses = checks.flatMap((c) => (c.kind === 'harness' ? [c] : []));
  if (!harnesses.length) return null;
  return (
    <section className="harness-sources" aria-label="Test harnesses" data-testid="harness-sources">
      {harnesses.map((h) => (
        <details key={h.id} open>
          <summary>Test harness <code>{h.id}</code>{h.visible ? '' : ' (hidden from students)'}</summary>
          <ol className="harness-sources__code">
            {h.code.split('\n').map((line, i) => <li key={i}><code>{line}</code></li>)}
          </ol>
        </details>
      ))}
    </section>
  );
}
