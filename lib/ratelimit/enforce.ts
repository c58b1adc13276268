// The calls a route makes around rate-limited work: enforceRateLimit charges the request's client
// for each action before the work and throws a 429 ApiError (with Retry-After) when a budget is
// spent; chargeRunTime adds what a finished run turned out to cost.
import { ApiError } from '../api/errors.ts';
import type { Db } from '../db/client.ts';
import { clientKeyFor, type ClientKey } from './client-key.ts';
import { addHits, hit } from './limiter.ts';
import { ACTION_LIMITS, RATE_LIMIT_WINDOW_MS, RUN_MS_PER_EXTRA_HIT, type RateLimitedAction } from './policy.ts';

const bucketFor = (action: RateLimitedAction, client: ClientKey) => `${action}|${client.kind}:${client.id}`;

/** Returns the client charged, e.g. for chargeRunTime or as the sandbox pool's fairness key. */
export async function enforceRateLimit(db: Db, request: Request, actions: RateLimitedAction[], nowMs = Date.now()): Promise<ClientKey> {
  const client = await clientKeyFor(db, request);
  const verdicts = await Promise.all(
    actions.map(async (action) => {
      const { perUser, perAddress, noun } = ACTION_LIMITS[action];
      const limit = client.kind === 'user' ? perUser : perAddress;
      return { limit, noun, verdict: await hit(db, bucketFor(action, client), limit, RATE_LIMIT_WINDOW_MS, nowMs) };
    }),
  );
  // With several budgets spent, the client must wait for the slowest to refill.
  const refused = verdicts.filter((v) => !v.verdict.allowed).sort((a, b) => b.verdict.retryAfterS - a.verdict.retryAfterS)[0];
  if (refused) {
    const { limit, noun, verdict } = refused;
    throw new ApiError(429, `too many ${noun}: at most ${limit} a minute; try again in ${verdict.retryAfterS} s`, verdict.retryAfterS);
  }
  return client;
}

/** After a run: one more run hit per full RUN_MS_PER_EXTRA_HIT of sandbox time (nothing for most runs). */
export async function chargeRunTime(db: Db, client: ClientKey, wallMs: number, nowMs = Date.now()): Promise<void> {
  const extra = Math.floor(wallMs / RUN_MS_PER_EXTRA_HIT);
  if (extra > 0) await addHits(db, bucketFor('run', client), extra, RATE_LIMIT_WINDOW_MS, nowMs);
}
