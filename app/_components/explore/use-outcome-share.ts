'use client';
// Sharing one outcome: the code is saved as a snippet (the usual share), and the link points at its
// outcome page with the schedule, which replays exactly that ordering for whoever opens it.
import { useCallback, useState } from 'react';
import { createSnippet } from '../../_lib/snippet-client.ts';
import { absoluteUrl, copyText } from '../../_lib/copy-text.ts';

export type OutcomeShare = { state: 'idle' } | { state: 'sharing' } | { state: 'shared'; url: string; copied: boolean } | { state: 'failed'; message: string };

/** The outcome page of a saved snippet for one schedule. */
export function outcomePath(snippetUrl: string, schedule: string): string {
  return `${snippetUrl}/outcome?schedule=${encodeURIComponent(schedule === '' ? 'default' : schedule)}`;
}

export function useOutcomeShare(): { share: OutcomeShare; shareOutcome(title: string, code: string, schedule: string): void } {
  const [share, setShare] = useState<OutcomeShare>({ state: 'idle' });
  const shareOutcome = useCallback((title: string, code: string, schedule: string) => {
    setShare({ state: 'sharing' });
    createSnippet(title, code)
      .then(async (created) => {
        const url = absoluteUrl(outcomePath(created.url, schedule));
        setShare({ state: 'shared', url, copied: await copyText(url) });
      })
      .catch((e: unknown) => setShare({ state: 'failed', message: e instanceof Error ? e.message : String(e) }));
  }, []);
  return { share, shareOutcome };
}
