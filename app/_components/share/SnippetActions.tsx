'use client';
// The snippet page's toolbar actions: Save (owner) or Fork (everyone else), Copy link, Run again.
import type { ReactNode } from 'react';

interface Props {
  isOwner: boolean;
  dirty: boolean;
  busy: 'save' | 'fork' | 'run' | null;
  onSave(): void;
  onFork(): void;
  onCopyLink(): void;
  onRunAgain(): void;
}

function ActionButton({ testId, busy, onClick, title, children }: { testId: string; busy: boolean; onClick(): void; title: string; children: ReactNode }) {
  return (
    <button type="button" className="tool-button" data-testid={testId} aria-busy={busy} disabled={busy} onClick={onClick} title={title}>
      {children}
    </button>
  );
}

export function SnippetActions({ isOwner, dirty, busy, onSave, onFork, onCopyLink, onRunAgain }: Props) {
  return (
    <>
      {isOwner ? (
        <ActionButton testId="save-button" busy={busy === 'save'} onClick={onSave} title="Save the title and code (you own this snippet)">
          {busy === 'save' ? 'Saving…' : dirty ? 'Save •' : 'Save'}
        </ActionButton>
      ) : (
        <ActionButton testId="fork-button" busy={busy === 'fork'} onClick={onFork} title="Copy this snippet into a new one you own">
          {busy === 'fork' ? 'Forking…' : 'Fork'}
        </ActionButton>
      )}
      <ActionButton testId="copy-link-button" busy={false} onClick={onCopyLink} title="Copy this page's link">Copy link</ActionButton>
      <button
        type="button"
        className="run-button"
        data-testid="run-again-button"
        data-running={busy === 'run' || undefined}
        aria-busy={busy === 'run'}
        onClick={onRunAgain}
        disabled={busy === 'run'}
        title={isOwner ? 'Run again and add the run to the history (Ctrl+Enter / ⌘+Enter)' : 'Run the saved code again; only the owner adds runs to the history (Ctrl+Enter / ⌘+Enter)'}
        aria-keyshortcuts="Control+Enter Meta+Enter"
      >
        <span className="run-button__icon" aria-hidden="true">{busy === 'run' ? <span className="spinner" /> : '↻'}</span>
        <span>{busy === 'run' ? 'Running…' : 'Run again'}</span>
      </button>
    </>
  );
}
