// /s/<id>/outcome?schedule=S: one outcome of a shared snippet, replayed from its schedule (the link
// Explore's "Share" makes). A malformed schedule is the 404 page, like an unknown id.
import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { parseSchedule } from '@/lib/runner/explore/schedule.ts';
import { OutcomeView } from '../../../_components/explore/OutcomeView.tsx';
import { cachedBuiltinsDts } from '../../../_lib/cached-builtins-dts.ts';
import { loadSnippetPage } from '../load-snippet.ts';

interface Props {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ schedule?: string | string[] }>;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const data = await loadSnippetPage((await params).id);
  return { title: data ? `${data.snippet.title} — one outcome — Taskline` : 'Snippet not found — Taskline' };
}

export default async function OutcomePage({ params, searchParams }: Props) {
  const [{ id }, { schedule }] = await Promise.all([params, searchParams]);
  const text = typeof schedule === 'string' ? schedule : 'default';
  const parsed = parseSchedule(text);
  const [data, builtinsDts] = await Promise.all([loadSnippetPage(id), cachedBuiltinsDts()]);
  if (!data || !parsed.ok) notFound();
  const { snippet } = data;
  return <OutcomeView snippet={{ id: snippet.id, title: snippet.title, code: snippet.code, url: snippet.url }} schedule={text} builtinsDts={builtinsDts} />;
}
