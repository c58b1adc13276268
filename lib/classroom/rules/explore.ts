// The two Explore checks. "explore-output": the output check holds under every explored ordering,
// failing with the smallest failing schedule. "explore-outcomes": at least `min` distinct outcomes
// (find-the-race exercises). Both read the submission's ExploreReport.
import type { z } from 'zod';
import type { ExploreReport } from '../../runner/explore/report.ts';
import type { RunResult } from '../../runner/protocol.ts';
import { compareSchedules, parseSchedule, scheduleLabel } from '../../runner/explore/schedule.ts';
import type { ExploreOutcomesCheck, ExploreOutputCheck } from '../checks.ts';
import { checkOutput } from './output.ts';
import { fail, pass, type RuleOutcome } from './outcome.ts';

const orderings = (n: number) => `${n} ordering${n === 1 ? '' : 's'}`;
const scope = (r: ExploreReport) => `${orderings(r.explored)} explored${r.exhaustive ? ' (all there are)' : ' (not exhaustive)'}`;
const steps = (schedule: string) => { const p = parseSchedule(schedule); return p.ok ? p.steps : []; };

/** The outcome as a run, as far as the output rule looks at one: its stdout lines. */
function asRun(stdout: readonly string[]): RunResult {
  return {
    status: 'ok', virtualMs: 0, console: stdout.map((text) => ({ t: 0, stream: 'stdout', text, taskId: null })),
    tasks: [], warnings: [], stats: { wallMs: 0, cpuMs: 0, events: 0, truncated: false },
  };
}

export function checkExploreOutput(check: z.infer<typeof ExploreOutputCheck>, report: ExploreReport | undefined): RuleOutcome & { schedule?: string } {
  if (!report || report.explored === 0) return fail('the program could not be explored' + (report?.outcomes[0]?.error ? `: ${report.outcomes[0].error.message}` : ''));
  // An ordering that ran out of time or memory ended the search: the orderings after it were never
  // checked, so an infinite loop in one rare ordering cannot hide the others.
  const ended = report.outcomes.find((o) => o.status === report.stoppedBy);
  if ((report.stoppedBy === 'timeout' || report.stoppedBy === 'memory') && ended) {
    return { ...fail(`under schedule ${scheduleLabel(ended.schedule)} the program hit the ${report.stoppedBy === 'timeout' ? 'time' : 'memory'} limit, which ended the exploration`), schedule: ended.schedule };
  }
  const failing = report.outcomes
    .map((o) => ({ o, verdict: checkOutput({ ...check, kind: 'output' }, asRun(o.stdout)) }))
    .filter(({ verdict }) => !verdict.passed)
    .sort((a, b) => compareSchedules(steps(a.o.schedule), steps(b.o.schedule)));
  const worst = failing[0];
  if (!worst) {
    const unlisted = report.unlisted > 0 ? `; ${orderings(report.unlisted)} reached outcomes past those listed and were not checked` : '';
    return pass(`the output matched under all ${scope(report)}${unlisted}`);
  }
  const { o, verdict } = worst;
  return {
    ...fail(`under schedule ${scheduleLabel(o.schedule)} (reached by ${o.count} of the ${scope(report)}) ${verdict.reason}`),
    schedule: o.schedule,
  };
}

export function checkExploreOutcomes(check: z.infer<typeof ExploreOutcomesCheck>, report: ExploreReport | undefined): RuleOutcome {
  if (!report || report.explored === 0) return fail('the program could not be explored');
  const distinct = report.outcomes.length + (report.unlisted > 0 ? 1 : 0);
  const found = `found ${distinct} distinct outcome${distinct === 1 ? '' : 's'} in ${scope(report)}`;
  return distinct >= check.min ? pass(found) : fail(`${found}; expected at least ${check.min}`);
}
