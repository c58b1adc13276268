// The calls a route makes around rate-limited work: enforceRateLimit charges the request's client
// for each action before the work (a run also needs sandbox time left) and throws a 429 ApiError
// with Retry-After when a budget is spent; chargeRunTime adds the sandbox time a run then used.
// A signed-in user is charged twice: on their own budget and on their address's, so new accounts
// from one address share that address's budget.
import { ApiError } from '../api-error.ts';
import type { Db } from '../db/client.ts';
import type { ClientKey } from './client-key.ts';
import { addHits, hit, peek } from './limiter.ts';
import { countersFor } from './counters-for.ts';
import type { Verdict } from './sliding-window.ts';
import {
  ACTION_LIMITS, FREE_SANDBOX_MS_PER_RUN, LARGE_RUN_BYTES, LARGE_RUN_READ_BUDGET, RATE_LIMIT_WINDOW_MS, SANDBOX_TIME_BUDGET, type Budget, type RateLimitedAction,
} from './policy.ts';

const SANDBOX_TIME_BUCKET = 'run-time';
const bucketFor = (name: string, client: ClientKey) => `${name}|${client.kind}:${client.id}`;
const limitFor = (budget: Budget, client: ClientKey) => (client.kind === 'user' ? budget.perUser : budget.perAddress);
/** The client itself, plus its address for a signed-in user: every budget is held by both. */
const chargedFor = (client: ClientKey): ClientKey[] =>
  client.kind === 'user' && client.address ? [client, { kind: 'address', id: client.address }] : [client];

/**
 * `client`: who the request counts against, identified by lib/auth/identify.ts (clientKeyOf a Caller,
 * or clientKeyFor a bare Request). Returns it, e.g. for chargeRunTime or as the pool's fairness key.
 */
export async function enforceRateLimit(db: Db, client: ClientKey, actions: RateLimitedAction[], nowMs = Date.now()): Promise<ClientKey> {
  const counters = countersFor(db);
  const check = async (budget: Budget, who: ClientKey, verdict: (limit: number) => Promise<Verdict>) => {
    const limit = limitFor(budget, who);
    return { message: budget.describe(limit), verdict: await verdict(limit) };
  };
  const checks = chargedFor(client).flatMap((who) => {
    const own = (budget: Budget, verdict: (limit: number) => Promise<Verdict>) => check(budget, who, verdict);
    const hits = actions.map((action) => own(ACTION_LIMITS[action], (limit) => hit(counters, bucketFor(action, who), limit, RATE_LIMIT_WINDOW_MS, nowMs)));
    if (!actions.includes('run')) return hits;
    return [...hits, own(SANDBOX_TIME_BUDGET, (limit) => peek(counters, bucketFor(SANDBOX_TIME_BUCKET, who), limit, RATE_LIMIT_WINDOW_MS, nowMs))];
  });
  // With several budgets spent, the client must wait for the slowest to refill.
  const refused = (await Promise.all(checks)).filter((c) => !c.verdict.allowed).sort((a, b) => b.verdict.retryAfterS - a.verdict.retryAfterS)[0];
  if (refused) throw new ApiError(429, `${refused.message}; try again in ${refused.verdict.retryAfterS} s`, refused.verdict.retryAfterS);
  return client;
}

/** After a run: charges the sandbox time it used past FREE_SANDBOX_MS_PER_RUN (nothing, for most runs). */
export async function chargeRunTime(db: Db, client: ClientKey, wallMs: number, nowMs = Date.now()): Promise<void> {
  const chargedMs = Math.round(wallMs - FREE_SANDBOX_MS_PER_RUN);
  if (chargedMs <= 0) return;
  await Promise.all(chargedFor(client).map((who) => addHits(countersFor(db), bucketFor(SANDBOX_TIME_BUCKET, who), chargedMs, RATE_LIMIT_WINDOW_MS, nowMs)));
}

const LARGE_READ_BUCKET = 'large-read';

/**
 * Before reading a stored run: 429 once the client's reads of large runs are spent (its size is
 * known only after reading it). Returns what to call with the run's JSON size once it is read.
 */
export async function enforceLargeReadLimit(db: Db, client: ClientKey, nowMs = Date.now()): Promise<(resultBytes: number) => Promise<void>> {
  const counters = countersFor(db);
  for (const who of chargedFor(client)) {
    const limit = limitFor(LARGE_RUN_READ_BUDGET, who);
    const verdict = await peek(counters, bucketFor(LARGE_READ_BUCKET, who), limit, RATE_LIMIT_WINDOW_MS, nowMs);
    if (!verdict.allowed) throw new ApiError(429, `${LARGE_RUN_READ_BUDGET.describe(limit)}; try again in ${verdict.retryAfterS} s`, verdict.retryAfterS);
  }
  return async (resultBytes) => {
    if (resultBytes <= LARGE_RUN_BYTES) return;
    await Promise.all(chargedFor(client).map((who) => hit(counters, bucketFor(LARGE_READ_BUCKET, who), limitFor(LARGE_RUN_READ_BUDGET, who), RATE_LIMIT_WINDOW_MS, nowMs)));
  };
}
