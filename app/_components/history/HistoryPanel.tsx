'use client';
// The History tab: the run list and, once two runs are picked, their comparison.
import { useCallback, useState } from 'react';
import type { RunDetail, RunRecord } from '@/lib/api/snippet-response.ts';
import { RunHistory } from './RunHistory.tsx';
import { CompareView } from './CompareView.tsx';

/** Runs compared at once: the picture is "before" above "after". */
const PICKS = 2;

export function HistoryPanel({ runs, latest }: { runs: readonly RunRecord[]; latest: RunDetail | null }) {
  const [picked, setPicked] = useState<string[]>([]);
  const togglePick = useCallback((id: string) => {
    setPicked((current) => (current.includes(id) ? current.filter((p) => p !== id) : [...current, id].slice(-PICKS)));
  }, []);
  return (
    <div className="history-panel">
      <div className="history-panel__list">
        <RunHistory runs={runs} picked={picked} onTogglePick={togglePick} />
      </div>
      <CompareView runs={runs} picked={picked} latest={latest} />
    </div>
  );
}
