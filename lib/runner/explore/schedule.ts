// Schedule strings: the option index taken at each choice point that had more than one option,
// joined by dots ("1.0.2"). Trailing defaults are dropped, so the default run is "" (shown "default").
// A schedule found with latency jitter carries it in front ("j0.1:1.0.2"): it only fits with it.
import { EXPLORE_MAX_JITTER, MAX_SCHEDULE_CHARS } from './explore-limits.ts';

/** Largest option index a schedule step may name (more due timers than this cannot exist). */
const MAX_OPTION_INDEX = 1_000_000;

export interface Schedule { steps: number[]; jitter: number }
export type ParsedSchedule = ({ ok: true } & Schedule) | { ok: false; error: string };

/** "1.0.2" → [1, 0, 2]; "" and "default" → []; "j0.1:2" → [2] with jitter 0.1. Else a clear error. */
export function parseSchedule(text: string): ParsedSchedule {
  let s = text.trim();
  if (s.length > MAX_SCHEDULE_CHARS) return { ok: false, error: `a schedule is at most ${MAX_SCHEDULE_CHARS} characters` };
  let jitter = 0;
  const j = /^j([0-9]*\.?[0-9]+):/.exec(s);
  if (j) {
    jitter = Number(j[1]);
    if (!(jitter >= 0 && jitter <= EXPLORE_MAX_JITTER)) return { ok: false, error: `the schedule's jitter ${j[1]} is outside 0–${EXPLORE_MAX_JITTER}` };
    s = s.slice(j[0].length);
  }
  if (s === '' || s === 'default') return { ok: true, steps: [], jitter };
  const parts = s.split('.');
  const steps: number[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i]!;
    if (!/^\d{1,7}$/.test(p) || Number(p) > MAX_OPTION_INDEX) {
      return { ok: false, error: `schedule step ${i + 1} is "${p.slice(0, 20)}"; each step is an option index (0, 1, 2…), steps joined by dots, e.g. 1.0.2` };
    }
    steps.push(Number(p));
  }
  return { ok: true, steps, jitter };
}

/** The canonical string: trailing zeros (default choices) dropped, the jitter (if any) in front. */
export function formatSchedule(steps: readonly number[], jitter = 0): string {
  let end = steps.length;
  while (end > 0 && steps[end - 1] === 0) end--;
  const body = steps.slice(0, end).join('.');
  return jitter > 0 ? `j${jitter}:${body}` : body;
}

/** How far a schedule strays from the default: the number of non-default choices. */
export function deviations(steps: readonly number[]): number {
  let n = 0;
  for (const s of steps) if (s !== 0) n++;
  return n;
}

/** Orders schedules smallest first: fewer deviations, then fewer steps, then smaller indices. */
export function compareSchedules(a: readonly number[], b: readonly number[]): number {
  const d = deviations(a) - deviations(b);
  if (d !== 0) return d;
  const ca = formatSchedule(a), cb = formatSchedule(b);
  const la = ca === '' ? 0 : ca.split('.').length, lb = cb === '' ? 0 : cb.split('.').length;
  if (la !== lb) return la - lb;
  for (let i = 0; i < Math.min(a.length, b.length); i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}

/** How a schedule reads for people: "default" for the empty one. */
export function scheduleLabel(schedule: string): string {
  return schedule === '' ? 'default' : schedule.endsWith(':') ? `${schedule}default` : schedule;
}
