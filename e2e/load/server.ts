// The production server the load test runs against: `npm start` (whatever package.json says it
// is) in its own process group on a loopback port, its memory, and stopping it with its workers.
import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';

/** How long the server may take to answer its first request, in ms. */
const READY_TIMEOUT_MS = 120_000;
/** How long it may take to exit after SIGTERM before it is killed, in ms. */
const STOP_GRACE_MS = 5_000;

export interface Server {
  baseUrl: string;
  /** Resident memory of the server process(es), sandbox workers excluded, in MB. */
  rssMb(): number;
  /** Live sandbox worker processes. */
  workers(): number;
  stop(): Promise<void>;
}

export async function startServer(port: number, env: NodeJS.ProcessEnv): Promise<Server> {
  const child = spawn('npm', ['run', '--silent', 'start'], {
    env: { ...env, PORT: String(port), NODE_ENV: 'production', TASKLINE_TRUST_PROXY: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
    detached: true, // its own process group: stop() ends npm, node and the sandbox workers together
  });
  const baseUrl = `http://127.0.0.1:${port}`;
  const server: Server = {
    baseUrl,
    rssMb: () => groupProcesses(child).filter((p) => !p.worker).reduce((sum, p) => sum + p.rssKb, 0) / 1024,
    workers: () => groupProcesses(child).filter((p) => p.worker).length,
    stop: () => stop(child),
  };
  const deadline = performance.now() + READY_TIMEOUT_MS;
  while (performance.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the server exited with code ${child.exitCode} before answering`);
    if (await fetch(`${baseUrl}/`).then((r) => r.ok, () => false)) return server;
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  await server.stop();
  throw new Error(`the server did not answer within ${READY_TIMEOUT_MS / 1000} s`);
}

interface Proc { rssKb: number; worker: boolean }

/** Processes in the server's group, from /proc (Linux). */
function groupProcesses(child: ChildProcess): Proc[] {
  const procs: Proc[] = [];
  for (const pid of readdirSync('/proc').filter((d) => /^\d+$/.test(d))) {
    try {
      const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
      const pgrp = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[2]);
      if (pgrp !== child.pid) continue;
      const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
      const cmdline = readFileSync(`/proc/${pid}/cmdline`, 'utf8');
      procs.push({ rssKb: rss ? Number(rss[1]) : 0, worker: cmdline.includes('sandbox/worker') });
    } catch {
      // the process ended while we looked
    }
  }
  return procs;
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise((resolve) => child.once('exit', resolve));
  try {
    process.kill(-child.pid!, 'SIGTERM');
  } catch {
    return;
  }
  const timer = setTimeout(() => {
    try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* already gone */ }
  }, STOP_GRACE_MS);
  await exited;
  clearTimeout(timer);
  try { process.kill(-child.pid!, 'SIGKILL'); } catch { /* the group is empty */ }
}
