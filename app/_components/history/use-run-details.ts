'use client';
// Full results of the runs picked for comparison, fetched once each (GET /api/runs/<id>) and kept,
// so flipping between pairs does not refetch.
import { useEffect, useState } from 'react';
import type { RunDetail } from '@/lib/api/snippet-response.ts';
import { fetchRun } from '../../_lib/snippet-client.ts';

export function useRunDetails(ids: readonly string[], known: RunDetail | null): { details: Map<string, RunDetail>; error: string | null } {
  const [details, setDetails] = useState(() => new Map<string, RunDetail>(known ? [[known.id, known]] : []));
  const [error, setError] = useState<string | null>(null);
  const key = ids.join(',');

  useEffect(() => {
    if (known) setDetails((map) => (map.has(known.id) ? map : new Map(map).set(known.id, known)));
  }, [known]);

  useEffect(() => {
    let live = true;
    const missing = key.split(',').filter((id) => id && !details.has(id));
    if (missing.length === 0) return;
    Promise.all(missing.map(fetchRun))
      .then((fetched) => { if (live) setDetails((map) => new Map([...map, ...fetched.map((run) => [run.id, run] as const)])); })
      .catch((cause: unknown) => { if (live) setError(cause instanceof Error ? cause.message : String(cause)); });
    return () => { live = false; };
    // details is read, not watched: a fetch adding entries must not start another fetch.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key]);

  return { details, error };
}
