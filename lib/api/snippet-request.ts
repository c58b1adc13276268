// Wire shapes of the snippet API's request bodies. Text is stored verbatim (HTML and SQL
// included); only NUL is refused, because PostgreSQL text cannot hold it and both databases must
// accept the same snippets.
import { z } from 'zod';
import { MAX_CODE_BYTES } from '../runner/limits.ts';

/** Longest title accepted, in UTF-16 code units (what a text input counts). */
export const MAX_TITLE_CHARS = 200;
/** Largest body accepted: JSON escaping can make code at the limit several times larger. */
export const MAX_SNIPPET_BODY_BYTES = 6 * MAX_CODE_BYTES + 4 * MAX_TITLE_CHARS;

const hasNoNul = (value: string) => !value.includes('\u0000');

const Title = z
  .string({ error: 'title must be a string' })
  .max(MAX_TITLE_CHARS, `title must be at most ${MAX_TITLE_CHARS} characters`)
  .refine(hasNoNul, 'title must not contain NUL characters');
const Code = z.string({ error: 'code must be a string of TypeScript' }).refine(hasNoNul, 'code must not contain NUL characters');

export const CreateSnippetRequest = z.object({
  title: Title,
  code: Code,
  /** true: run the code now and store the run with the snippet, so the shared link opens with it. */
  run: z.boolean().optional(),
});
export type CreateSnippetRequest = z.infer<typeof CreateSnippetRequest>;

export const UpdateSnippetRequest = z
  .object({ title: Title.optional(), code: Code.optional() })
  .refine((body) => body.title !== undefined || body.code !== undefined, 'give title, code or both');
export type UpdateSnippetRequest = z.infer<typeof UpdateSnippetRequest>;

export const ForkSnippetRequest = z.object({ title: Title.optional() });
export type ForkSnippetRequest = z.infer<typeof ForkSnippetRequest>;

export const CreateRunRequest = z.object({
  /** Omit to run the snippet's saved code; other code may only be run by the owner. */
  code: Code.optional(),
});
export type CreateRunRequest = z.infer<typeof CreateRunRequest>;
