'use client';
// What the chosen example's timeline teaches, shown above the timeline.
import type { Example } from '@/lib/examples/example.ts';

export function ExampleLesson({ examples, exampleId }: { examples: readonly Example[]; exampleId: string }) {
  const example = examples.find((candidate) => candidate.id === exampleId);
  if (!example) return null;
  return (
    <p className="lesson" data-testid="example-lesson">
      <span className="lesson__title">{example.title}</span> {example.lesson}
      {/asyncio\./.test(example.code) && (
        <> <a href="/docs/semantics" data-testid="semantics-link">Why this order? Node and asyncio semantics</a></>
      )}
    </p>
  );
}
