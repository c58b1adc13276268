'use client';
// Ctrl/Cmd+Enter runs from anywhere on the page; inside Monaco the editor's own command handles it.
import { useEffect } from 'react';

export function useRunShortcut(run: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !(event.ctrlKey || event.metaKey) || event.defaultPrevented) return;
      // Monaco handles the chord itself when focused; running twice would abort the first run.
      if ((event.target as HTMLElement | null)?.closest?.('.monaco-editor')) return;
      event.preventDefault();
      run();
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [run]);
}
