'use client';
// The draft as a student will read it, with the student's own Instructions component: Markdown
// rendered by the same renderer (in the browser here), visible checks in words, hidden ones counted.
import { useMemo } from 'react';
import type { Check } from '@/lib/classroom/checks.ts';
import { renderMarkdown } from '@/lib/classroom/markdown.ts';
import { describeLatePolicy, type LatePolicy } from '@/lib/classroom/late-policy.ts';
import { Instructions } from './Instructions.tsx';
import { fromLocalInput } from './due-date.ts';

interface Props { title: string; instructions: string; due: string; checks: Check[]; latePolicy: LatePolicy }

export function DraftPreview({ title, instructions, due, checks, latePolicy }: Props) {
  const html = useMemo(() => renderMarkdown(instructions), [instructions]);
  const dueAt = fromLocalInput(due) ?? new Date().toISOString();
  return (
    <div data-testid="instructions-preview">
      <Instructions title={title || 'Untitled assignment'} instructionsHtml={html} dueAt={dueAt} pastDue={Date.parse(dueAt) < Date.now()}
        checks={checks.filter((c) => c.visible)} hiddenCheckCount={checks.filter((c) => !c.visible).length} lateNote={describeLatePolicy(latePolicy)} />
    </div>
  );
}
