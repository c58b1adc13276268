// A worker process's CPU time and resident memory as the kernel counts them (/proc/<pid>/stat and
// status), so the pool can enforce its limits from outside: V8 built-ins that never check
// isolated-vm's timeout or heap limit cannot escape these.
import { readFileSync } from 'node:fs';

/** Linux reports utime/stime in USER_HZ ticks, which the kernel ABI fixes at 100 per second. */
const USER_HZ = 100;
/** Fields of /proc/<pid>/stat after the ")" that closes the command name: utime, stime (0-based). */
const UTIME_FIELD = 11, STIME_FIELD = 12;

export interface ProcessUsage {
  /** User + system CPU time of every thread, in ms. */
  cpuMs: number;
  /** Resident set size, in bytes. */
  rssBytes: number;
}

/** The process's usage now, or null when it is gone (or /proc is not there: not Linux). */
export function processUsage(pid: number): ProcessUsage | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[UTIME_FIELD]) + Number(fields[STIME_FIELD]);
    const rssKb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    if (!Number.isFinite(ticks) || !Number.isFinite(rssKb)) return null;
    return { cpuMs: (ticks * 1000) / USER_HZ, rssBytes: rssKb * 1024 };
  } catch {
    return null;
  }
}
