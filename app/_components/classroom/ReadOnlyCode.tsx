'use client';
// A submission's code in the editor, read-only: edits (typing, paste, cut, drop) are stopped before
// Monaco sees them, while selecting, copying and scrolling still work.
import { useEffect, useRef } from 'react';
import { EditorShell } from '../editor/EditorShell.tsx';
import { useTheme } from '../../_lib/theme.ts';

/** Keys that only move or copy. */
const NAVIGATION = /^(Arrow|Page|Home|End|Tab|Escape|Shift|Control|Alt|Meta|F\d)/;

export function ReadOnlyCode({ code, builtinsDts }: { code: string; builtinsDts: string }) {
  const { theme } = useTheme();
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const node = box.current;
    if (!node) return;
    const stop = (event: Event) => {
      if (event instanceof KeyboardEvent && (NAVIGATION.test(event.key) || ((event.ctrlKey || event.metaKey) && /^[ac]$/i.test(event.key)))) return;
      event.stopPropagation();
      event.preventDefault();
    };
    const kinds = ['keydown', 'beforeinput', 'paste', 'cut', 'drop'] as const;
    for (const kind of kinds) node.addEventListener(kind, stop, true);
    return () => { for (const kind of kinds) node.removeEventListener(kind, stop, true); };
  }, []);
  return (
    <div className="read-only-code" ref={box} aria-readonly="true" data-testid="submission-code" role="group" aria-label="Submitted code (read-only)">
      <EditorShell code={code} onChange={() => {}} onRun={() => {}} theme={theme} builtinsDts={builtinsDts} runError={null} />
    </div>
  );
}
