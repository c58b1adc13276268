// Open Graph and Twitter tags for a shared snippet, so a pasted link previews as
// "<title>" with "ok · 3.000 s virtual · 5 tasks".
import type { Metadata } from 'next';
import type { SnippetResponse } from '@/lib/api/snippet-response.ts';
import { plural, virtualTime } from '../../_lib/format.ts';

export function runHeadline(snippet: SnippetResponse): string {
  const run = snippet.latestRun;
  if (!run) return 'not run yet';
  return `${run.status} · ${virtualTime(run.virtualMs)} virtual · ${plural(run.taskCount, 'task')}`;
}

export function snippetMetadata(snippet: SnippetResponse, origin: string | null): Metadata {
  const title = snippet.title.trim() || 'Untitled snippet';
  const description = `${runHeadline(snippet)} — async TypeScript on a virtual clock, with its timeline.`;
  return {
    title: `${title} — Taskline`,
    description,
    // Relative og:url needs a base; the request's own origin is the one people shared.
    metadataBase: origin ? new URL(origin) : undefined,
    openGraph: { title, description, type: 'article', siteName: 'Taskline', url: snippet.url },
    twitter: { card: 'summary', title, description },
  };
}
