// /embed/<id>: a snippet's recorded timeline and console for iframes (next.config.js allows any
// frame ancestor for /embed only). Read-only; unknown ids get the 404 page.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { EmbedView } from '../../_components/share/EmbedView.tsx';
import { loadSnippetForEmbed } from '../../s/[id]/load-snippet.ts';
import { runHeadline } from '../../s/[id]/snippet-metadata.ts';

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const snippet = await loadSnippetForEmbed((await params).id);
  if (!snippet) return { title: 'Snippet not found — Taskline' };
  // Embeds are copies of /s/<id>: search engines should index the page, not the frame.
  return { title: `${snippet.title || 'Untitled snippet'} — Taskline embed`, description: runHeadline(snippet), robots: { index: false } };
}

export default async function EmbedPage({ params }: Props) {
  const snippet = await loadSnippetForEmbed((await params).id);
  if (!snippet) notFound();
  return <EmbedView snippet={snippet} />;
}
