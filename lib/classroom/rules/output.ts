// Console-output check: stdout lines must equal the expected lines, exactly or one regex per line
// (each pattern anchored to the whole line, so "3" does not match "300"; matched by RE2 in linear time).
import type { z } from 'zod';
import type { RunResult } from '../../runner/protocol.ts';
import { fullLineRegex, type OutputCheck } from '../checks.ts';
import { fail, pass, type RuleOutcome } from './outcome.ts';

/** Longest excerpt of a line quoted in a reason, in characters. */
const QUOTE_CHARS = 80;

const quote = (text: string) => JSON.stringify(text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text);

export function checkOutput(check: z.infer<typeof OutputCheck>, result: RunResult): RuleOutcome {
  const actual = result.console.filter((line) => line.stream === 'stdout').map((line) => line.text);
  const matches = (got: string, want: string) => (check.match === 'exact' ? got === want : fullLineRegex(want).test(got));
  const shared = Math.min(actual.length, check.lines.length);
  for (let i = 0; i < shared; i++) {
    if (!matches(actual[i]!, check.lines[i]!)) {
      const wanted = check.match === 'exact' ? quote(check.lines[i]!) : `a match for /${check.lines[i]}/`;
      return fail(`line ${i + 1} is ${quote(actual[i]!)}, expected ${wanted}`);
    }
  }
  if (actual.length < check.lines.length) return fail(`printed ${actual.length} line(s), expected ${check.lines.length}`);
  if (actual.length > check.lines.length) return fail(`printed ${actual.length} lines, expected only ${check.lines.length}; line ${shared + 1} is extra: ${quote(actual[shared]!)}`);
  return pass(`all ${actual.length} output line(s) match`);
}
