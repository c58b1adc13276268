// How many requests of each kind one client may make per minute. A signed-in client is its user;
// anyone else is their address, which a whole class behind one school NAT may share, so address
// budgets are a class's worth. Values and reasons: /tmp/readme-ratelimit.md (README "Rate limits").

/** Every limit counts hits in a sliding window of this length, in ms. */
export const RATE_LIMIT_WINDOW_MS = 60_000;

/**
 * Runs per minute for one signed-in user. A person clicking Run (or Ctrl+Enter) after each edit
 * manages a few per minute; 60 is one every second for a whole minute, which only a script keeps up.
 */
export const RUNS_PER_MINUTE_PER_USER = 60;
/**
 * Runs per minute from one address without a session: a class of 30 behind one NAT, each at the
 * user budget's typical pace of ~10 a minute. A script on one address is held to 5 runs/s, a few
 * per cent of what the sandbox pool serves.
 */
export const RUNS_PER_MINUTE_PER_ADDRESS = 300;

/**
 * A run costs one hit, plus one more for each full 250 ms of sandbox time it held a worker, so a
 * program that spins until the CPU limit (2 s) costs 9 runs. A student's accidental infinite loop,
 * even five in a minute, stays inside the user budget; a script sending such programs is stopped
 * after ~33 a minute per address instead of 300.
 */
export const RUN_MS_PER_EXTRA_HIT = 250;

/** Saves (create, update, fork) per minute for one signed-in user: saving is a deliberate click. */
export const SAVES_PER_MINUTE_PER_USER = 30;
/** Saves per minute from one address: a class sharing a NAT, each saving a few times a minute. */
export const SAVES_PER_MINUTE_PER_ADDRESS = 120;

/** Sign-in attempts per minute for a client that already has a session (switching accounts). */
export const SIGN_INS_PER_MINUTE_PER_USER = 10;
/**
 * Sign-in attempts per minute from one address: a class of 30 signing in at the start of a lesson,
 * with typos, stays under 60; each attempt costs a bcrypt hash (~60–100 ms of CPU), so a script
 * is held to about one core-second in ten.
 */
export const SIGN_INS_PER_MINUTE_PER_ADDRESS = 60;

/** Sign-ups per minute from one address: the same class registering at once. */
export const SIGN_UPS_PER_MINUTE_PER_ADDRESS = 60;
/** Sign-ups per minute from a client that is already signed in (rare: a teacher making a test account). */
export const SIGN_UPS_PER_MINUTE_PER_USER = 10;

export type RateLimitedAction = 'run' | 'save' | 'sign-in' | 'sign-up';

export interface ActionLimit {
  /** Hits per window for a client identified by its user. */
  perUser: number;
  /** Hits per window for a client identified by its address. */
  perAddress: number;
  /** Words for the 429 message: "Too many <noun>". */
  noun: string;
}

export const ACTION_LIMITS: Record<RateLimitedAction, ActionLimit> = {
  run: { perUser: RUNS_PER_MINUTE_PER_USER, perAddress: RUNS_PER_MINUTE_PER_ADDRESS, noun: 'runs' },
  save: { perUser: SAVES_PER_MINUTE_PER_USER, perAddress: SAVES_PER_MINUTE_PER_ADDRESS, noun: 'saves' },
  'sign-in': { perUser: SIGN_INS_PER_MINUTE_PER_USER, perAddress: SIGN_INS_PER_MINUTE_PER_ADDRESS, noun: 'sign-in attempts' },
  'sign-up': { perUser: SIGN_UPS_PER_MINUTE_PER_USER, perAddress: SIGN_UPS_PER_MINUTE_PER_ADDRESS, noun: 'sign-ups' },
};
