// What a fault scenario reports: PASS/FAIL, its figures as one line, and each check that failed.
// Checks are collected rather than thrown, so one broken expectation still reports the others.

export interface ScenarioResult {
  name: string;
  pass: boolean;
  /** The scenario's measurements, e.g. `acknowledged 212 · lost 0 · integrity ok`. */
  figures: string;
  failures: string[];
}

export class Checks {
  readonly failures: string[] = [];

  /** Records a failure unless `ok`; returns `ok` so callers can branch on it. */
  expect(ok: boolean, what: string): boolean {
    if (!ok) this.failures.push(what);
    return ok;
  }

  result(name: string, figures: string[]): ScenarioResult {
    return { name, pass: this.failures.length === 0, figures: figures.join(' · '), failures: this.failures };
  }
}
