// How many requests of each kind one client may make per minute, and how much sandbox time its runs
// may use. A signed-in client is its user; anyone else is their address, which a whole class behind
// one school NAT may share, so address budgets are a class's worth (README, "Rate limits").

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
 * Sandbox time every run gets free, in ms. Virtual time costs nothing real, so a typical program
 * holds a worker 5–50 ms; only real CPU work (a loop) goes past this.
 */
export const FREE_SANDBOX_MS_PER_RUN = 100;
/**
 * Sandbox time past the free part that one signed-in user's runs may use per minute, in ms: five
 * programs spinning to the 2 s CPU limit, more accidental infinite loops than anyone writes.
 */
export const SANDBOX_MS_PER_MINUTE_PER_USER = 10_000;
/**
 * The same from one address: a class behind one NAT with the odd runaway loop. A script sending
 * such loops from one address gets 20 s of worker time a minute, a sixth of a 2-worker pool.
 */
export const SANDBOX_MS_PER_MINUTE_PER_ADDRESS = 20_000;

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

/**
 * Join-code attempts per minute for one student: joining is once per class, so 10 leaves room for
 * typos. Codes are 8 letters and digits (62^8); the limits make guessing one hopeless.
 */
export const JOINS_PER_MINUTE_PER_USER = 10;
/** Join-code attempts per minute from one address: a class of 30 joining at the start of a lesson. */
export const JOINS_PER_MINUTE_PER_ADDRESS = 60;

/** A stored run whose result is larger than this is a large read, in bytes of JSON. */
export const LARGE_RUN_BYTES = 256 * 1024;
/**
 * Reads of large runs per minute for one user: each costs the server ~10–20 ms of decoding and
 * serialising on its only thread (results are capped at MAX_RESULT_BYTES); a person compares a few.
 */
export const LARGE_RUN_READS_PER_MINUTE_PER_USER = 30;
/** Reads of large runs per minute from one address (a class opening a shared heavy run together). */
export const LARGE_RUN_READS_PER_MINUTE_PER_ADDRESS = 60;

export type RateLimitedAction = 'run' | 'save' | 'sign-in' | 'sign-up' | 'join';

export interface Budget {
  /** Units per window for a client identified by its user. */
  perUser: number;
  /** Units per window for a client identified by its address. */
  perAddress: number;
  /** The 429's words for a spent budget of `limit`, e.g. "too many runs: at most 300 a minute". */
  describe(limit: number): string;
}

const perMinute = (noun: string) => (limit: number) => `too many ${noun}: at most ${limit} a minute`;

export const ACTION_LIMITS: Record<RateLimitedAction, Budget> = {
  run: { perUser: RUNS_PER_MINUTE_PER_USER, perAddress: RUNS_PER_MINUTE_PER_ADDRESS, describe: perMinute('runs') },
  save: { perUser: SAVES_PER_MINUTE_PER_USER, perAddress: SAVES_PER_MINUTE_PER_ADDRESS, describe: perMinute('saves') },
  'sign-in': { perUser: SIGN_INS_PER_MINUTE_PER_USER, perAddress: SIGN_INS_PER_MINUTE_PER_ADDRESS, describe: perMinute('sign-in attempts') },
  'sign-up': { perUser: SIGN_UPS_PER_MINUTE_PER_USER, perAddress: SIGN_UPS_PER_MINUTE_PER_ADDRESS, describe: perMinute('sign-ups') },
  join: { perUser: JOINS_PER_MINUTE_PER_USER, perAddress: JOINS_PER_MINUTE_PER_ADDRESS, describe: perMinute('join-code attempts') },
};

/** Reads of runs over LARGE_RUN_BYTES: checked before reading any run, charged once one turns out large. */
export const LARGE_RUN_READ_BUDGET: Budget = {
  perUser: LARGE_RUN_READS_PER_MINUTE_PER_USER,
  perAddress: LARGE_RUN_READS_PER_MINUTE_PER_ADDRESS,
  describe: perMinute('reads of large runs'),
};

/** Sandbox ms past FREE_SANDBOX_MS_PER_RUN, checked before each run and charged after it. */
export const SANDBOX_TIME_BUDGET: Budget = {
  perUser: SANDBOX_MS_PER_MINUTE_PER_USER,
  perAddress: SANDBOX_MS_PER_MINUTE_PER_ADDRESS,
  describe: (limitMs) => `your runs used too much sandbox time: at most ${limitMs / 1000} s a minute beyond ${FREE_SANDBOX_MS_PER_RUN} ms per run`,
};
