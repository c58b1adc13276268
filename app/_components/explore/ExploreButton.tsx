'use client';
// The Explore button beside Run: runs every ordering of the program (POST /api/explore).
import { EXPLORE_SHORTCUT } from './use-explore-shortcut.ts';
export function ExploreButton({ exploring, onExplore }: { exploring: boolean; onExplore(): void }) {
  return (
    <button
      type="button"
      className="explore-button"
      data-testid="explore-button"
      aria-busy={exploring}
      onClick={onExplore}
      title="Explore every ordering this program can take (Ctrl+Shift+Enter / ⌘+Shift+Enter)"
      aria-keyshortcuts={EXPLORE_SHORTCUT}
    >
      <span className="explore-button__icon" aria-hidden="true">{exploring ? <span className="spinner" /> : <BranchIcon />}</span>
      <span>{exploring ? 'Exploring…' : 'Explore'}</span>
    </button>
  );
}

/** Paths forking from one point: every ordering from the same start. */
function BranchIcon() {
  return (
    <svg viewBox="0 0 16 16" width="14" height="14" fill="none" stroke="currentColor" strokeWidth="1.8" strokeLinecap="round">
      <path d="M3 8h4M7 8c2 0 3-4 6-4M7 8c2 0 3 4 6 4M7 8h6" />
    </svg>
  );
}
