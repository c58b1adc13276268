// What every check rule answers: pass or fail, and one sentence a student can act on.
export interface RuleOutcome {
  passed: boolean;
  reason: string;
}

export const pass = (reason: string): RuleOutcome => ({ passed: true, reason });
export const fail = (reason: string): RuleOutcome => ({ passed: false, reason });
