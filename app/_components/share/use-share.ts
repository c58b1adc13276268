'use client';
// The playground's Share action: save the code with a run (creating the snippet, or updating the
// one this browser already owns), then copy its link. The outcome feeds the toast.
import { useCallback, useState } from 'react';
import { createSnippet, runSnippet, updateSnippet } from '../../_lib/snippet-client.ts';
import { RequestError } from '../../_lib/request-error.ts';
import { loadCurrentSnippetId, saveCurrentSnippetId } from '../../_lib/current-snippet.ts';
import { absoluteUrl, copyText } from '../../_lib/copy-text.ts';
import { codeHash } from '../../_lib/code-hash.ts';

export type ShareOutcome =
  | { kind: 'shared'; url: string; copied: boolean; editUrl: string | null; updated: boolean }
  | { kind: 'failed'; message: string };

/** Updates the remembered snippet; null when it is gone or no longer ours, so a new one is made. */
async function updateOwned(id: string, code: string): Promise<string | null> {
  try {
    const saved = await updateSnippet(id, { code }, null);
    // Record a run only when the latest stored one is of other code: sharing twice adds no noise.
    if (!saved.latestRun || saved.latestRun.codeHash !== (await codeHash(code))) {
      await runSnippet(id, null, null).catch((error: unknown) => {
        if (!(error instanceof RequestError && error.httpStatus === 503)) throw error;
      });
    }
    return saved.url;
  } catch (error) {
    if (error instanceof RequestError && (error.httpStatus === 403 || error.httpStatus === 404)) return null;
    throw error;
  }
}

export function useShare(): { sharing: boolean; outcome: ShareOutcome | null; share(title: string, code: string): void; dismiss(): void } {
  const [sharing, setSharing] = useState(false);
  const [outcome, setOutcome] = useState<ShareOutcome | null>(null);

  const share = useCallback((title: string, code: string) => {
    setSharing(true);
    (async (): Promise<ShareOutcome> => {
      const ownedId = loadCurrentSnippetId();
      const updatedPath = ownedId ? await updateOwned(ownedId, code) : null;
      let path = updatedPath;
      let editUrl: string | null = null;
      if (!path) {
        const created = await createSnippet(title, code);
        saveCurrentSnippetId(created.id);
        path = created.url;
        editUrl = absoluteUrl(created.editUrl);
      }
      const url = absoluteUrl(path);
      return { kind: 'shared', url, copied: await copyText(url), editUrl, updated: updatedPath !== null };
    })()
      .catch((error: unknown): ShareOutcome => ({ kind: 'failed', message: error instanceof Error ? error.message : String(error) }))
      .then(setOutcome)
      .finally(() => setSharing(false));
  }, []);

  return { sharing, outcome, share, dismiss: useCallback(() => setOutcome(null), []) };
}
