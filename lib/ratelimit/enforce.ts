// The one call a route makes before doing rate-limited work: charges the request's client for each
// action and throws a 429 ApiError (with Retry-After) when any budget is spent.
import { ApiError } from '../api/errors.ts';
import type { Db } from '../db/client.ts';
import { clientKeyFor } from './client-key.ts';
import { hit } from './limiter.ts';
import { ACTION_LIMITS, RATE_LIMIT_WINDOW_MS, type RateLimitedAction } from './policy.ts';

export async function enforceRateLimit(db: Db, request: Request, actions: RateLimitedAction[], nowMs = Date.now()): Promise<void> {
  const client = await clientKeyFor(db, request);
  const verdicts = await Promise.all(
    actions.map(async (action) => {
      const { perUser, perAddress, noun } = ACTION_LIMITS[action];
      const limit = client.kind === 'user' ? perUser : perAddress;
      return { limit, noun, verdict: await hit(db, `${action}|${client.kind}:${client.id}`, limit, RATE_LIMIT_WINDOW_MS, nowMs) };
    }),
  );
  // With several budgets spent, the client must wait for the slowest to refill.
  const refused = verdicts.filter((v) => !v.verdict.allowed).sort((a, b) => b.verdict.retryAfterS - a.verdict.retryAfterS)[0];
  if (refused) {
    const { limit, noun, verdict } = refused;
    throw new ApiError(429, `too many ${noun}: at most ${limit} a minute; try again in ${verdict.retryAfterS} s`, verdict.retryAfterS);
  }
}
