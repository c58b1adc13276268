'use client';
// The examples menu: a native select, so keyboard and screen-reader use come for free.
import type { Example } from '@/lib/examples/example.ts';

export function ExamplesMenu({ examples, selectedId, onPick }: { examples: readonly Example[]; selectedId: string; onPick(id: string): void }) {
  return (
    <label className="examples">
      <span className="examples__label">Example</span>
      <select
        data-testid="examples-menu"
        value={selectedId}
        onChange={(event) => onPick(event.target.value)}
      >
        {selectedId === '' && <option value="">Your code</option>}
        {examples.map((example) => (
          <option key={example.id} value={example.id}>{example.title}</option>
        ))}
      </select>
    </label>
  );
}
