'use client';
// Ctrl/Cmd+Shift+Enter explores from anywhere, the editor included: it listens in the capture phase
// and stops the key there, so Monaco does not also insert a line above.
import { useEffect } from 'react';

export const EXPLORE_SHORTCUT = 'Control+Shift+Enter Meta+Shift+Enter';

export function useExploreShortcut(explore: () => void): void {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Enter' || !event.shiftKey || !(event.ctrlKey || event.metaKey)) return;
      event.preventDefault();
      event.stopPropagation();
      explore();
    };
    window.addEventListener('keydown', onKeyDown, { capture: true });
    return () => window.removeEventListener('keydown', onKeyDown, { capture: true });
  }, [explore]);
}
