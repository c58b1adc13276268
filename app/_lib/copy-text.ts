// Copies text to the clipboard. The async Clipboard API needs a secure context and focus; when
// it is refused the caller still shows the text so the user can copy it by hand.
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}

/** An absolute URL for a site path, as people paste it elsewhere. */
export function absoluteUrl(path: string): string {
  return new URL(path, window.location.origin).toString();
}
