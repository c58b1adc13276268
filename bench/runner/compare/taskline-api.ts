// The Taskline row: POST /api/run with seed program 3 to a running production server, as a user's
// browser does. Each request carries a unique trailing comment, so neither the result cache nor a
// worker's compile cache can answer it: every request is transpiled, instrumented and run.
import { randomUUID } from 'node:crypto';
import type { RunResult } from '../../../lib/runner/protocol.ts';
import type { Way } from './way.ts';

/** Seed program 3 sleeps 3 virtual seconds; any other figure means it did not run as written. */
const SEED3_VIRTUAL_MS = 3_000;

/**
 * A distinct client address per request (10.x.y.z), so per-client rate limits and fair queueing
 * see a population of users, as in production, not one client flooding the server. The server
 * believes x-forwarded-for when started with TASKLINE_TRUST_PROXY=1 (bin/bench does).
 */
export function clientAddress(request: number): string {
  return `10.${(request >> 16) & 255}.${(request >> 8) & 255}.${request & 255}`;
}

export function tasklineWay(baseUrl: string, seed: string): Way {
  const benchId = randomUUID(); // unique across bench invocations against the same server too
  let requests = 0;
  return {
    name: 'Taskline (POST /api/run)',
    note: 'HTTP → run endpoint → worker pool → fresh context; instrumented, full trace; caches bypassed',
    warmupRuns: 20,
    latencyRuns: 200,
    throughput: { durationMs: 3_000, minRunsPerCaller: 1 },
    async run() {
      const request = requests++;
      const response = await fetch(new URL('/api/run', baseUrl), {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': clientAddress(request) },
        body: JSON.stringify({ code: `${seed}\n// bench ${benchId} request ${request}\n` }),
      });
      if (response.status !== 200) throw new Error(`POST /api/run answered ${response.status}: ${await response.text()}`);
      const result = (await response.json()) as RunResult;
      if (result.status !== 'ok' || result.virtualMs !== SEED3_VIRTUAL_MS) {
        throw new Error(`seed 3 through the API: status ${result.status}, virtual ${result.virtualMs} ms`);
      }
      return result.console.map((line) => line.text);
    },
  };
}
