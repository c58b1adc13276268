'use client';
// A dismissible notice in the corner (share links, saves, failures), announced politely.
import type { ReactNode } from 'react';
import './share.css';

export function Toast({ tone, onDismiss, children, testId }: { tone: 'ok' | 'error'; onDismiss(): void; children: ReactNode; testId?: string }) {
  return (
    <div className={`toast toast--${tone}`} role="status" aria-live="polite" data-testid={testId ?? 'toast'}>
      {children}
      <button type="button" className="toast__close" aria-label="Dismiss" onClick={onDismiss}>×</button>
    </div>
  );
}
