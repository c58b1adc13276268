'use client';
// What the chosen example's timeline teaches, shown above the timeline.
import { EXAMPLES } from './examples';

export function ExampleLesson({ exampleId }: { exampleId: string }) {
  const example = EXAMPLES.find((candidate) => candidate.id === exampleId);
  if (!example) return null;
  return (
    <p className="lesson" data-testid="example-lesson">
      <span className="lesson__title">{example.title}</span> {example.lesson}
    </p>
  );
}
