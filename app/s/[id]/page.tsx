// /s/<id>: a shared snippet with its recorded run shown at once (nothing re-runs), its history,
// and Save for the owner or Fork for everyone else. Unknown ids get the 404 page.
import type { Metadata } from 'next';
import { cookies } from 'next/headers';
import { notFound } from 'next/navigation';
import { ownerCookieName } from '@/lib/http/snippet-owner.ts';
import { database } from '@/lib/db/database.ts';
import { isSnippetOwner } from '@/lib/db/snippets.ts';
import { SnippetView } from '../../_components/share/SnippetView.tsx';
import { cachedBuiltinsDts } from '../../_lib/cached-builtins-dts.ts';
import { loadSnippetPage } from './load-snippet.ts';
import { snippetMetadata } from './snippet-metadata.ts';
import { requestOrigin } from './request-origin.ts';

interface Props {
  params: Promise<{ id: string }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await loadSnippetPage((await params).id);
  return data ? snippetMetadata(data.snippet, await requestOrigin()) : { title: 'Snippet not found — Taskline' };
}

/** Whether this browser's owner cookie (httpOnly, so only the server sees it) owns the snippet. */
async function ownsSnippet(id: string): Promise<boolean> {
  const secret = (await cookies()).get(ownerCookieName(id))?.value;
  return !!secret && isSnippetOwner(await database(), id, [secret]);
}

export default async function SnippetPage({ params }: Props) {
  const { id } = await params;
  const [data, isOwner, builtinsDts] = await Promise.all([loadSnippetPage(id), ownsSnippet(id), cachedBuiltinsDts()]);
  if (!data) notFound();
  return <SnippetView {...data} snippet={{ ...data.snippet, isOwner }} builtinsDts={builtinsDts} />;
}
