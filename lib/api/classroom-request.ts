// Wire shapes of the classroom endpoints: classes, joining, assignments and submissions.
import { z } from 'zod';
import { Checks } from '../classroom/checks.ts';
import { MAX_CODE_BYTES } from '../runner/limits.ts';

/** Longest class or assignment title, in characters. */
export const MAX_TITLE_CHARS = 200;
/** Longest assignment instructions, in characters of Markdown. */
export const MAX_INSTRUCTIONS_CHARS = 32 * 1024;
/** Largest classroom request body: code + harnesses, JSON-escaped, in bytes. */
export const MAX_CLASSROOM_BODY_BYTES = 6 * MAX_CODE_BYTES + 256 * 1024;

/** PostgreSQL text cannot hold NUL, so it is refused up front rather than failing at insert. */
const text = (max: number) => z.string().max(max).refine((s) => !s.includes('\u0000'), 'must not contain NUL characters');

/** Starter code is stored, not run here: the same byte limit as every program, counted in UTF-8 bytes. */
const codeText = text(Number.MAX_SAFE_INTEGER).refine((s) => Buffer.byteLength(s, 'utf8') <= MAX_CODE_BYTES, `code must be at most ${MAX_CODE_BYTES} bytes`);

export const CreateClassRequest = z.object({ name: text(MAX_TITLE_CHARS).trim().min(1) });
export const JoinClassRequest = z.object({ code: z.string().trim().regex(/^[A-Za-z0-9]{8}$/, 'join codes are 8 letters and digits') });

export const AssignmentRequest = z.object({
  title: text(MAX_TITLE_CHARS).trim().min(1),
  instructions: text(MAX_INSTRUCTIONS_CHARS),
  starterCode: codeText,
  dueAt: z.iso.datetime({ offset: true }).transform((s) => new Date(s)),
  checks: Checks,
});

// Submitted code is not bounded here: the run use case refuses code over MAX_CODE_BYTES (bytes) with 413.
export const SubmitRequest = z.object({ code: text(Number.MAX_SAFE_INTEGER) });
