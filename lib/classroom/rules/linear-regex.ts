// Teachers' output patterns are matched by RE2 (the `re2` package, a native addon): its time is
// linear in the line's length, so no pattern can stall the server's event loop. JavaScript's
// backtracking engine took 1.7 s for /(a+)+b/ against 26 a's, doubling with each one more.
// RE2 has no backreferences or lookaround; such patterns are refused when the assignment is saved.
import RE2 from 're2';

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
