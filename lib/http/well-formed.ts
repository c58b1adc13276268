// Lone surrogates ("\ud800" in JSON) are text no database can store: they passed zod and failed
// in Prisma with a 500, after a submission had already been graded. Request bodies are checked here
// before any work. Raw UTF-8 cannot encode one, so only JSON escapes need the walk.

/** A JSON escape of a surrogate half (D800–DFFF): the only way a body can carry a lone one. */
const SURROGATE_ESCAPE = /\\u[dD][89a-fA-F]/;

/** A high surrogate not followed by a low one, or a low one not preceded by a high one. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const isWellFormed = (text: string) => !LONE_SURROGATE.test(text);

/** The path of the first string (or key) in `value` that is not well-formed UTF-16, or null. */
export function findLoneSurrogate(value: unknown, path: string[] = []): string[] | null {
  if (typeof value === 'string') return isWellFormed(value) ? null : path;
  if (typeof value !== 'object' || value === null) return null;
  for (const [key, item] of Object.entries(value)) {
    if (!isWellFormed(key)) return [...path, '(a key)'];
    const found = findLoneSurrogate(item, [...path, key]);
    if (found) return found;
  }
  return null;
}

/** Where the parsed body of `text` holds a lone surrogate, or null; cheap when it has no escape. */
export function loneSurrogatePath(text: string, parsed: unknown): string[] | null {
  return SURROGATE_ESCAPE.test(text) ? findLoneSurrogate(parsed) : null;
}
