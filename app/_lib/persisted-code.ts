// Keeps the editor's code in localStorage so it survives a reload. Storage may be unavailable
// (private mode, quota), in which case the playground simply doesn't remember.
const CODE_KEY = 'taskline:code';

export function loadSavedCode(): string | null {
  try {
    return window.localStorage.getItem(CODE_KEY);
  } catch {
    return null;
  }
}

export function saveCode(code: string): void {
  try {
    window.localStorage.setItem(CODE_KEY, code);
  } catch {
    // Quota or privacy settings: forgetting the code is the only sensible fallback.
  }
}
