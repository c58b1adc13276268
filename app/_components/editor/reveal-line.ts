// Asks the editor to show and select a line (from an insight or a warning). A window event keeps
// the lazily loaded Monaco core decoupled from the panels that link into it.
export const REVEAL_LINE_EVENT = 'taskline:reveal-line';

export function revealLine(line: number): void {
  window.dispatchEvent(new CustomEvent<number>(REVEAL_LINE_EVENT, { detail: line }));
}
