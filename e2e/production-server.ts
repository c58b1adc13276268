// Starts and stops a production Taskline server for the fault scenarios and the load test: the
// command is package.json's `start` script (so a custom server is followed), in its own process
// group, so kill -9 can take the whole tree at once; finds its sandbox workers and memory via /proc.
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

export const ROOT = path.resolve(import.meta.dirname, '..');
/** Longest wait for a started server to answer, in ms. */
const SERVER_READY_TIMEOUT_MS = 90_000;
/** Pause between readiness probes, in ms. */
const READY_POLL_MS = 250;
/** Longest wait for a stopped server's processes to be gone, in ms. */
const STOP_TIMEOUT_MS = 15_000;

export interface Server {
  url: string;
  /** The process started for `npm start`'s command (the leader of its process group). */
  pid: number;
  /** Everything the server printed, for diagnosing a failed scenario. */
  output(): string;
  /** kill -9 of the whole process group (server and sandbox workers). */
  kill9(): Promise<void>;
  /** A graceful stop (SIGTERM), then SIGKILL if it lingers. */
  stop(): Promise<void>;
}

/** The `start` script's leading `NAME=value` settings and argv, with the port added the way that command takes it. */
function startCommand(port: number): { env: Record<string, string>; argv: string[] } {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
  const words = pkg.scripts.start.split(/\s+/).filter(Boolean);
  const env: Record<string, string> = {};
  while (words.length && /^[A-Z_][A-Z0-9_]*=/.test(words[0])) {
    const [name, ...value] = words.shift()!.split('=');
    env[name] = value.join('=');
  }
  return { env, argv: [...words, '-p', String(port)] };
}

export const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Every process in the group whose leader is `pgid`, from /proc. */
function groupMembers(pgid: number): number[] {
  const members: number[] = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      // Fields after the parenthesised command: state ppid pgrp ...
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (Number(fields[2]) === pgid && fields[0] !== 'Z') members.push(Number(entry));
    } catch {
      // the process ended while we looked
    }
  }
  return members;
}

function commandLine(pid: number): string {
  try {
    return fs.readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ');
  } catch {
    return '';
  }
}

/** The server's sandbox workers: node processes started with --no-node-snapshot running worker.ts. */
export function sandboxWorkers(server: Server): number[] {
  return groupMembers(server.pid).filter((pid) => {
    const cmd = commandLine(pid);
    return cmd.includes('--no-node-snapshot') && cmd.includes(path.join('lib', 'runner', 'sandbox', 'worker.ts'));
  });
}

/** Resident memory of the server's processes, sandbox workers excluded, in MB. */
export function serverRssMb(server: Server): number {
  const workers = new Set(sandboxWorkers(server));
  let kb = 0;
  for (const pid of groupMembers(server.pid)) {
    if (workers.has(pid)) continue;
    try {
      kb += Number(/VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
    } catch {
      // the process ended while we looked
    }
  }
  return kb / 1024;
}

/** Total CPU time (user + system) a process has used, in clock ticks. */
export function cpuTicks(pid: number): number {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return -1;
  }
}

async function waitUntilGone(pgid: number): Promise<void> {
  const deadline = Date.now() + STOP_TIMEOUT_MS;
  while (groupMembers(pgid).length && Date.now() < deadline) await sleep(READY_POLL_MS);
}

export async function startServer(port: number, env: Record<string, string>): Promise<Server> {
  const { env: scriptEnv, argv: [command, ...args] } = startCommand(port);
  let output = '';
  const child: ChildProcess = spawn(command, args, {
    cwd: ROOT,
    detached: true, // its own process group: kill(-pid) reaches the workers too
    // TASKLINE_TRUST_PROXY: the scenarios' requests name their own client address (see http.ts).
    env: { ...process.env, NODE_ENV: 'production', PORT: String(port), TASKLINE_ROOT: ROOT, TASKLINE_TRUST_PROXY: '1', ...scriptEnv, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const pid = child.pid!;
  const url = `http://127.0.0.1:${port}`;
  const signalGroup = (signal: NodeJS.Signals) => {
    try {
      process.kill(-pid, signal);
    } catch {
      // already gone
    }
  };
  const server: Server = {
    url,
    pid,
    output: () => output,
    async kill9() {
      signalGroup('SIGKILL');
      await waitUntilGone(pid);
    },
    async stop() {
      signalGroup('SIGTERM');
      await waitUntilGone(pid);
      signalGroup('SIGKILL');
      await waitUntilGone(pid);
    },
  };
  const deadline = Date.now() + SERVER_READY_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (!alive(pid)) throw new Error(`the server exited while starting:\n${output.slice(-2000)}`);
    // Any HTTP answer will do: the database may be down on purpose.
    const ready = await fetch(`${url}/api/run`).then(() => true, () => false);
    if (ready) return server;
    await sleep(READY_POLL_MS);
  }
  await server.stop();
  throw new Error(`the server did not answer within ${SERVER_READY_TIMEOUT_MS} ms:\n${output.slice(-2000)}`);
}
