'use client';
// The private edit link `/s/<id>#owner=<secret>`: the fragment never reaches the server, so the
// page reads it here, checks it once with the API, and sends it as `x-owner-secret` on edits.
import { useEffect, useState } from 'react';
import { fetchSnippet } from '../../_lib/snippet-client.ts';

export function ownerSecretFromHash(hash: string): string | null {
  const secret = new URLSearchParams(hash.replace(/^#/, '')).get('owner');
  return secret && /^[A-Za-z0-9_-]+$/.test(secret) ? secret : null;
}

/** The edit link's secret once the server confirmed it owns snippet `id`, else null. */
export function useOwnerLinkSecret(id: string): string | null {
  const [secret, setSecret] = useState<string | null>(null);
  useEffect(() => {
    const candidate = ownerSecretFromHash(window.location.hash);
    if (!candidate) return;
    let live = true;
    fetchSnippet(id, candidate)
      .then((snippet) => { if (live && snippet.isOwner) setSecret(candidate); })
      .catch(() => { /* a wrong or stale link just means no edit rights */ });
    return () => { live = false; };
  }, [id]);
  return secret;
}
