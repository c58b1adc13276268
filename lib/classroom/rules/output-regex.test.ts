// Teachers' output patterns run in linear time (RE2) and are refused at save when RE2 cannot run
// them: /(a+)+b/ against a student's 'a'.repeat(26)+'!' stalled the server for 1.7 s.
import { describe, expect, it } from 'vitest';
import { OutputCheck } from '../checks.ts';
import { AssignmentRequest } from '../../api/classroom-request.ts';
import { runResult } from '../test-support/run-result.ts';
import { checkOutput } from './output.ts';

const stdout = (...texts: string[]) => runResult({ console: texts.map((text) => ({ t: 0, stream: 'stdout' as const, text, taskId: 0 })) });
const regexCheck = (...lines: string[]) => OutputCheck.parse({ id: 'out', points: 1, visible: true, kind: 'output', match: 'regex', lines });

describe('output patterns', () => {
  it.each([
    ['(a+)+b', `${'a'.repeat(26)}!`],
    ['(a|a)*c', `${'a'.repeat(40)}!`],
    ['(x+x+)+y', 'x'.repeat(5_000)],
    ['(.*a){20}', `${'a'.repeat(30_000)}!`],
  ])('matches the catastrophic /%s/ in linear time', (pattern, line) => {
    const started = performance.now();
    const outcome = checkOutput(regexCheck(pattern), stdout(line));
    expect(outcome.passed).toBe(false);
    // Backtracking: 1.7 s for 26 a's, doubling per character. Generous for a loaded machine.
    expect(performance.now() - started).toBeLessThan(500);
  });

  it('still anchors each pattern to the whole line and matches what it should', () => {
    expect(checkOutput(regexCheck('\\d+ ms', 'done'), stdout('300 ms', 'done')).passed).toBe(true);
    expect(checkOutput(regexCheck('3'), stdout('300')).passed).toBe(false);
    expect(checkOutput(regexCheck('caf\u00e9 .'), stdout('café ☕')).passed).toBe(true);
  });

  it.each([
    ['a backreference', '(a)\\1'],
    ['a lookahead', 'a(?=b)'],
    ['a lookbehind', '(?<=a)b'],
    ['a syntax error', '(unclosed'],
  ])('refuses %s when the assignment is saved, naming the check and line', (_what, pattern) => {
    const parsed = AssignmentRequest.safeParse({
      title: 't', instructions: '', starterCode: '', dueAt: '2030-01-01T00:00:00Z',
      checks: [{ id: 'greeting', points: 1, visible: true, kind: 'output', match: 'regex', lines: ['ok', pattern] }],
    });
    expect(parsed.success).toBe(false);
    const message = parsed.error!.issues.map((i) => i.message).join('; ');
    expect(message).toMatch(/check "greeting": line 2 .* linear time/);
  });
});
