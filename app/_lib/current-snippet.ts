// Remembers which saved snippet the playground's code belongs to, so sharing again updates it
// (PUT) instead of minting a new link each time. Only the id is kept: the owner secret stays in
// the httpOnly cookie the server set, out of reach of scripts.
const SNIPPET_KEY = 'taskline:snippet-id';

export function loadCurrentSnippetId(): string | null {
  try {
    return window.localStorage.getItem(SNIPPET_KEY);
  } catch {
    return null;
  }
}

export function saveCurrentSnippetId(id: string | null): void {
  try {
    if (id === null) window.localStorage.removeItem(SNIPPET_KEY);
    else window.localStorage.setItem(SNIPPET_KEY, id);
  } catch {
    // Without storage each share makes a new link, which is still correct.
  }
}
