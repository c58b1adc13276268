// The calls a route makes around rate-limited work: enforceRateLimit charges the request's client
// for each action before the work (a run also needs sandbox time left) and throws a 429 ApiError
// with Retry-After when a budget is spent; chargeRunTime adds the sandbox time a run then used.
import { ApiError } from '../api/errors.ts';
import type { Db } from '../db/client.ts';
import { clientKeyFor, type ClientKey } from './client-key.ts';
import { addHits, hit, peek } from './limiter.ts';
import { countersFor } from './counter-store.ts';
import type { Verdict } from './sliding-window.ts';
import { ACTION_LIMITS, FREE_SANDBOX_MS_PER_RUN, RATE_LIMIT_WINDOW_MS, SANDBOX_TIME_BUDGET, type Budget, type RateLimitedAction } from './policy.ts';

const SANDBOX_TIME_BUCKET = 'run-time';
const bucketFor = (name: string, client: ClientKey) => `${name}|${client.kind}:${client.id}`;
const limitFor = (budget: Budget, client: ClientKey) => (client.kind === 'user' ? budget.perUser : budget.perAddress);

/** Returns the client charged, e.g. for chargeRunTime or as the sandbox pool's fairness key. */
export async function enforceRateLimit(db: Db, from: Request | ClientKey, actions: RateLimitedAction[], nowMs = Date.now()): Promise<ClientKey> {
  const client = from instanceof Request ? await clientKeyFor(db, from) : from; // a ClientKey: identified once already (lib/auth/identify.ts)
  const counters = countersFor(db);
  const check = async (budget: Budget, verdict: (limit: number) => Promise<Verdict>) => {
    const limit = limitFor(budget, client);
    return { message: budget.describe(limit), verdict: await verdict(limit) };
  };
  const checks = actions.map((action) => check(ACTION_LIMITS[action], (limit) => hit(counters, bucketFor(action, client), limit, RATE_LIMIT_WINDOW_MS, nowMs)));
  if (actions.includes('run')) {
    checks.push(check(SANDBOX_TIME_BUDGET, (limit) => peek(counters, bucketFor(SANDBOX_TIME_BUCKET, client), limit, RATE_LIMIT_WINDOW_MS, nowMs)));
  }
  // With several budgets spent, the client must wait for the slowest to refill.
  const refused = (await Promise.all(checks)).filter((c) => !c.verdict.allowed).sort((a, b) => b.verdict.retryAfterS - a.verdict.retryAfterS)[0];
  if (refused) throw new ApiError(429, `${refused.message}; try again in ${refused.verdict.retryAfterS} s`, refused.verdict.retryAfterS);
  return client;
}

/** After a run: charges the sandbox time it used past FREE_SANDBOX_MS_PER_RUN (nothing, for most runs). */
export async function chargeRunTime(db: Db, client: ClientKey, wallMs: number, nowMs = Date.now()): Promise<void> {
  const chargedMs = Math.round(wallMs - FREE_SANDBOX_MS_PER_RUN);
  if (chargedMs > 0) await addHits(countersFor(db), bucketFor(SANDBOX_TIME_BUCKET, client), chargedMs, RATE_LIMIT_WINDOW_MS, nowMs);
}
