// Groups explored schedules into outcomes by stdout + status + final virtual time, counting each
// group and keeping its smallest schedule (fewest deviations from the default).
import { createHash } from 'node:crypto';
import type { RunError, RunStatus } from '../protocol.ts';
import type { ExploreOutcome } from './report.ts';
import { compareSchedules, deviations, formatSchedule } from './schedule.ts';
import { EXPLORE_MAX_OUTCOMES, EXPLORE_MAX_OUTCOME_STDOUT_BYTES } from './explore-limits.ts';

/** One schedule's result, as the search sees it. */
export interface ScheduleResult {
  status: RunStatus;
  stdout: string[];
  virtualMs: number;
  error?: RunError;
  /** Options at each choice point reached, and the index taken there. */
  counts: number[];
  taken: number[];
}

/** Keys longer than this many characters are hashed, so 64 outcomes of long output stay small. */
const MAX_PLAIN_KEY_CHARS = 512;

export function outcomeKey(r: Pick<ScheduleResult, 'status' | 'stdout' | 'virtualMs'>): string {
  const key = JSON.stringify([r.status, r.virtualMs, r.stdout]);
  return key.length <= MAX_PLAIN_KEY_CHARS ? key : createHash('sha256').update(key).digest('base64');
}

function clipStdout(lines: string[]): string[] {
  const kept: string[] = [];
  let bytes = 0;
  for (const line of lines) {
    bytes += line.length + 1;
    if (bytes > EXPLORE_MAX_OUTCOME_STDOUT_BYTES) {
      kept.push(`… (${lines.length - kept.length} more lines cut)`);
      break;
    }
    kept.push(line);
  }
  return kept;
}

interface Group { first: ScheduleResult; best: number[]; count: number; order: number }

export class OutcomeTable {
  private readonly groups = new Map<string, Group>();
  unlisted = 0;
  private readonly jitter: number;

  /** `jitter` goes into every schedule string: a schedule found with it only fits with it. */
  constructor(jitter = 0) {
    this.jitter = jitter;
  }

  /** Counts a schedule's result; returns its key. */
  add(r: ScheduleResult): string {
    const key = outcomeKey(r);
    const g = this.groups.get(key);
    if (g) {
      g.count++;
      if (compareSchedules(r.taken, g.best) < 0) g.best = r.taken;
    } else if (this.groups.size < EXPLORE_MAX_OUTCOMES) {
      this.groups.set(key, { first: r, best: r.taken, count: 1, order: this.groups.size });
    } else this.unlisted++;
    return key;
  }

  /** Offers a shorter schedule found by shrinking (not counted as an explored schedule). */
  improve(key: string, taken: number[]): boolean {
    const g = this.groups.get(key);
    if (!g || compareSchedules(taken, g.best) >= 0) return false;
    g.best = taken;
    return true;
  }

  entries(): { key: string; best: number[] }[] {
    return [...this.groups].map(([key, g]) => ({ key, best: g.best }));
  }

  /** Most frequent first; equal counts by smaller schedule, then by first seen. */
  outcomes(): ExploreOutcome[] {
    return [...this.groups.values()]
      .sort((a, b) => b.count - a.count || compareSchedules(a.best, b.best) || a.order - b.order)
      .map((g) => ({
        stdout: clipStdout(g.first.stdout),
        status: g.first.status,
        virtualMs: g.first.virtualMs,
        count: g.count,
        schedule: formatSchedule(g.best, this.jitter),
        deviations: deviations(g.best),
        ...(g.first.error ? { error: g.first.error } : {}),
      }));
  }
}
