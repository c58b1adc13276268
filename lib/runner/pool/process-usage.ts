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

/** CPU time from /proc/<pid>/stat text, in ms (NaN when it does not parse). */
function cpuMsOf(stat: string): number {
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return ((Number(fields[UTIME_FIELD]) + Number(fields[STIME_FIELD])) * 1000) / USER_HZ;
}

/**
 * The process's CPU time now, in ms, or null when it is gone: one file read, where processUsage
 * takes two. The pool reads this as every run starts, on the server's thread.
 */
export function processCpuMs(pid: number): number | null {
  try {
    const ms = cpuMsOf(readFileSync(`/proc/${pid}/stat`, 'utf8'));
    return Number.isFinite(ms) ? ms : null;
  } catch {
    return null;
  }
}

/** The process's usage now, or null when it is gone (or /proc is not there: not Linux). */
export function processUsage(pid: number): ProcessUsage | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const cpuMs = cpuMsOf(stat);
    const rssKb = Number(/^VmRSS:\s+(\d+) kB$/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1]);
    if (!Number.isFinite(cpuMs) || !Number.isFinite(rssKb)) return null;
    return { cpuMs, rssBytes: rssKb * 1024 };
  } catch {
    return null;
  }
}
