'use client';
// The toast after Share: the link (copied, or selectable when the clipboard was refused), the
// private edit link on first save, or what went wrong.
import type { ShareOutcome } from './use-share.ts';
import { Toast } from './Toast.tsx';
import { EmbedSnippet } from './EmbedSnippet.tsx';

export function ShareToast({ outcome, onDismiss, title = 'Taskline' }: { outcome: ShareOutcome; onDismiss(): void; title?: string }) {
  if (outcome.kind === 'failed') {
    return <Toast tone="error" onDismiss={onDismiss} testId="share-toast"><p className="toast__line">Could not share: {outcome.message}</p></Toast>;
  }
  return (
    <Toast tone="ok" onDismiss={onDismiss} testId="share-toast">
      <p className="toast__line">
        {outcome.copied ? 'Link copied' : 'Link ready — copy it'}
        {outcome.updated ? ' (your snippet was updated)' : ''}:{' '}
        <a href={outcome.url} data-testid="share-link" className="toast__link">{outcome.url}</a>
      </p>
      <EmbedSnippet shareUrl={outcome.url} title={title} />
      {outcome.editUrl && (
        <p className="toast__line toast__muted">
          Private edit link (keep it to edit from another browser):{' '}
          <input className="toast__secret" readOnly value={outcome.editUrl} aria-label="Private edit link" onFocus={(e) => e.currentTarget.select()} />
        </p>
      )}
    </Toast>
  );
}
