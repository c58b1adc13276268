// The checks a teacher attaches to an assignment: one zod schema per kind, shared by the API
// (request validation), the database (stored as JSON) and the grader, and the RE2 patterns of
// output checks (compiled here, refused here when RE2 cannot use them).
import RE2 from 're2';
import { z } from 'zod';
import { RUN_STATUSES } from '../runner/protocol.ts';

/** Most points one check may be worth. */
export const MAX_CHECK_POINTS = 1000;
/** Most checks on one assignment. */
export const MAX_CHECKS = 50;
/** Longest expected console line or pattern, in characters. */
export const MAX_PATTERN_CHARS = 2000;
/** Most expected console lines in one output check. */
export const MAX_EXPECTED_LINES = 500;
/** Longest harness program, in characters. */
export const MAX_HARNESS_CHARS = 32 * 1024;
/** Largest virtual time a time check may name, in ms (the runner's own cap is 24 h). */
export const MAX_CHECK_MS = 24 * 60 * 60 * 1000;

const base = {
  id: z.string().regex(/^[A-Za-z0-9_-]{1,40}$/, 'check ids are 1–40 letters, digits, _ or -'),
  points: z.number().int().min(0).max(MAX_CHECK_POINTS),
  visible: z.boolean(),
};

/** Checked when the assignment is saved: a pattern RE2 cannot run would fail every submission. */
const pattern = z.string().max(MAX_PATTERN_CHARS);

/** Expected output lines, exact or as regexes; shared by the output and explore-output checks. */
const expectedLines = {
  match: z.enum(['exact', 'regex']),
  lines: z.array(z.string().max(MAX_PATTERN_CHARS)).max(MAX_EXPECTED_LINES),
};

/** A regex line RE2 cannot run would fail every submission (or every ordering): refuse it at save. */
function refineRegexLines(c: { id: string; match: 'exact' | 'regex'; lines: string[] }, ctx: z.RefinementCtx): void {
  if (c.match !== 'regex') return;
  c.lines.forEach((line, i) => {
    const problem = pattern.safeParse(line).success ? linearRegexProblem(line) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['lines', i], message: `check "${c.id}": line ${i + 1} /${line}/ is not a regular expression Taskline can match in linear time (${problem})` });
  });
}

export const OutputCheck = z.object({ ...base, kind: z.literal('output'), ...expectedLines }).superRefine(refineRegexLines);

export const TimeCheck = z.object({
  ...base,
  kind: z.literal('time'),
  op: z.enum(['atMost', 'atLeast', 'exactly']),
  ms: z.number().min(0).max(MAX_CHECK_MS),
});

export const ConcurrencyCheck = z.object({ ...base, kind: z.literal('concurrency'), minWaiting: z.number().int().min(1).max(10_000) });
export const NoWarningsCheck = z.object({ ...base, kind: z.literal('no-warnings') });
export const StatusCheck = z.object({ ...base, kind: z.literal('status'), status: z.enum(RUN_STATUSES) });
export const HarnessCheck = z.object({ ...base, kind: z.literal('harness'), code: z.string().min(1).max(MAX_HARNESS_CHARS) });

/** Most distinct outcomes an "at least N outcomes" check may ask for. */
export const MAX_EXPLORE_MIN_OUTCOMES = 64;

/** The output check, under every ordering Explore finds (rules/explore.ts). */
export const ExploreOutputCheck = z.object({ ...base, kind: z.literal('explore-output'), ...expectedLines }).superRefine(refineRegexLines);

/** Find-the-race exercises: the program must have at least `min` distinct outcomes. */
export const ExploreOutcomesCheck = z.object({ ...base, kind: z.literal('explore-outcomes'), min: z.number().int().min(2).max(MAX_EXPLORE_MIN_OUTCOMES) });

export const Check = z.union([OutputCheck, TimeCheck, ConcurrencyCheck, NoWarningsCheck, StatusCheck, HarnessCheck, ExploreOutputCheck, ExploreOutcomesCheck]);
export type Check = z.infer<typeof Check>;
export type CheckKind = Check['kind'];

export const Checks = z
  .array(Check)
  .max(MAX_CHECKS)
  .refine((checks) => new Set(checks.map((c) => c.id)).size === checks.length, 'check ids must be unique');

// Teachers' output patterns are matched by RE2 (the `re2` package, a native addon): its time is
// linear in the line's length, so no pattern can stall the server's event loop. JavaScript's
// backtracking engine took 1.7 s for /(a+)+b/ against 26 a's, doubling with each one more.
// RE2 has no backreferences or lookaround; such patterns are refused when the assignment is saved.
/** Compiled full-line patterns kept for reuse across a regrade's submissions. */
export const LINEAR_REGEX_CACHE_ENTRIES = 512;

const compiled = new Map<string, RE2>();

/** `pattern` anchored to the whole line ("3" does not match "300"), compiled by RE2; throws if RE2 cannot. */
export function fullLineRegex(pattern: string): RE2 {
  let re = compiled.get(pattern);
  if (!re) {
    re = new RE2(`^(?:${pattern})$`, 'u');
    compiled.set(pattern, re);
    if (compiled.size > LINEAR_REGEX_CACHE_ENTRIES) compiled.delete(compiled.keys().next().value as string);
  }
  return re;
}

/** Why RE2 cannot use `pattern` (a syntax error, a backreference, lookaround), or null if it can. */
export function linearRegexProblem(pattern: string): string | null {
  try {
    fullLineRegex(pattern);
    return null;
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}
