'use client';
// Stop: shown only while a run is in flight; abandons it and keeps the page as it was.
export function StopButton({ running, onStop }: { running: boolean; onStop(): void }) {
  if (!running) return null;
  return (
    <button type="button" className="stop-button" data-testid="stop-button" onClick={onStop} title="Stop this run (Escape)">
      <span aria-hidden="true">■</span> Stop
    </button>
  );
}
