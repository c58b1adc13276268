// On a phone the output sits below the editor: after Run, bring the result into view instead of
// leaving the user looking at code that did not visibly change.

/** Widest viewport, in CSS px, where editor and output are stacked (matches layout.css). */
export const STACKED_LAYOUT_MAX_PX = 800;

export function scrollToResultOnNarrowScreens(): void {
  if (typeof window === 'undefined' || !window.matchMedia(`(max-width: ${STACKED_LAYOUT_MAX_PX}px)`).matches) return;
  document.querySelector('[data-testid="run-status"]')?.scrollIntoView({ block: 'start', behavior: 'smooth' });
}
