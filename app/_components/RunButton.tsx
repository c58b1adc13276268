'use client';
// The Run button, doubling as the running indicator. Its width never changes between states,
// so the toolbar doesn't shift while a run is in flight.
export function RunButton({ running, onRun }: { running: boolean; onRun(): void }) {
  return (
    <button
      type="button"
      className="run-button"
      data-testid="run-button"
      data-running={running || undefined}
      aria-busy={running}
      onClick={onRun}
      title="Run (Ctrl+Enter / ⌘+Enter)"
      aria-keyshortcuts="Control+Enter Meta+Enter"
    >
      <span className="run-button__icon" aria-hidden="true">{running ? <span className="spinner" /> : '▶'}</span>
      <span>{running ? 'Running…' : 'Run'}</span>
      <kbd className="run-button__kbd" aria-hidden="true">Ctrl ↵</kbd>
    </button>
  );
}
