// One load phase: autocannon keeps `connections` requests to POST /api/run in flight for `seconds`;
// a picker chooses each request's class, program and client address, and every answer is tallied
// under its class (autocannon itself only keeps one histogram for all requests).
import { createRequire } from 'node:module';
import { ClassStats } from './class-stats.ts';

/** Longer than the longest a server may take (queue wait 10 s + a run stopped at 5 s + grace). */
const CLIENT_TIMEOUT_S = 30;

export interface Pick {
  klass: string;
  code: string;
  /** Sent as x-forwarded-for: who the server believes asks (TASKLINE_TRUST_PROXY=1). */
  address: string;
}

export interface PhaseOptions {
  baseUrl: string;
  connections: number;
  seconds: number;
  /** The n-th request of the phase (0-based, in the order requests are built). */
  pick(n: number): Pick;
  /** Classes whose 2xx bodies are parsed for RunResult.status. */
  readStatusOf: ReadonlySet<string>;
}

/** The slice of autocannon 9's API this file uses (the package ships no types). */
interface Context { klass?: string; retryAfter?: boolean; runStatus?: string }
interface Client {
  requestIterator: { context: Context };
  on(event: 'request' | 'timeout' | 'connError', listener: () => void): void;
}
interface Request { method: string; path: string; headers: Record<string, string>; body: string }
interface Instance extends PromiseLike<unknown> {
  on(event: 'response', listener: (client: Client, status: number, bytes: number, ms: number) => void): void;
}
type Autocannon = (options: Record<string, unknown>) => Instance;
const autocannon = createRequire(import.meta.url)('autocannon') as Autocannon;

export async function runPhase(options: PhaseOptions): Promise<Map<string, ClassStats>> {
  const stats = new Map<string, ClassStats>();
  const of = (klass = 'unattributed') => stats.get(klass) ?? stats.set(klass, new ClassStats(klass)).get(klass)!;
  let n = 0;
  const instance = autocannon({
    url: options.baseUrl,
    connections: options.connections,
    duration: options.seconds,
    timeout: CLIENT_TIMEOUT_S,
    requests: [{
      setupRequest(request: Request, context: Context): Request {
        const pick = options.pick(n++);
        context.klass = pick.klass;
        const headers = { 'content-type': 'application/json', 'x-forwarded-for': pick.address };
        return { ...request, method: 'POST', path: '/api/run', headers, body: JSON.stringify({ code: pick.code }) };
      },
      onResponse(status: number, body: string, context: Context, headers: Record<string, unknown>): void {
        context.retryAfter = Object.keys(headers).some((h) => h.toLowerCase() === 'retry-after');
        if (status >= 200 && status < 300 && options.readStatusOf.has(context.klass ?? '')) {
          context.runStatus = (JSON.parse(body) as { status: string }).status;
        }
      },
    }],
    // autocannon reports timeouts and socket errors without the request: attribute them through
    // the connection's context. It emits 'request' before building the next request, so the
    // context seen there is the one of the request a later timeout belongs to.
    setupClient(client: Client): void {
      let inFlight: string | undefined;
      client.on('request', () => { inFlight = client.requestIterator.context.klass; });
      client.on('timeout', () => of(inFlight).failed('timeout'));
      client.on('connError', () => of(client.requestIterator.context.klass).failed('error'));
    },
  });
  instance.on('response', (client, status, _bytes, ms) => {
    const c = client.requestIterator.context;
    of(c.klass).answer({ status, retryAfter: c.retryAfter ?? false, latencyMs: ms, runStatus: c.runStatus });
  });
  await instance;
  return stats;
}
