// Every limit a run is held to, each a named constant with its unit in the name.

/** Largest program accepted, in bytes of UTF-8 source. */
export const MAX_CODE_BYTES = 64 * 1024;
/** CPU time one run may use inside its isolate, in ms. */
export const MAX_CPU_MS = 2_000;
/** Real time one run may take end to end inside the sandbox, in ms. */
export const MAX_WALL_MS = 5_000;
/** Isolate heap limit, in MB (isolated-vm treats it as a guideline; an attacker may reach 2–3×). */
export const MAX_ISOLATE_MEMORY_MB = 64;
/** Virtual time a run may reach, in ms (24 h). */
export const MAX_VIRTUAL_MS = 24 * 60 * 60 * 1000;
/** Trace events recorded before the trace is truncated. */
export const MAX_TRACE_EVENTS = 20_000;
/** Console output kept before it is truncated, in bytes. */
export const MAX_CONSOLE_BYTES = 256 * 1024;
/**
 * Macrotasks (timer callbacks) one run may execute. Each is one timed host call, and isolated-vm
 * keeps a timer per call until its deadline; hundreds of thousands of them expiring together
 * overflow isolated-vm's timer thread stack (SIGSEGV). 50,000 stays well below that.
 */
export const MAX_MACROTASKS = 50_000;
/** Events the scheduler buffers before flushing them to the host mid-step. */
export const FLUSH_EVERY_EVENTS = 512;
/** Extra real time the pool grants a worker beyond MAX_WALL_MS before killing it, in ms. */
export const WORKER_KILL_GRACE_MS = 1_000;
/** Runs waiting for a worker, all clients together, before new ones are answered `busy`. */
export const MAX_QUEUED_RUNS = 64;
/** Runs one client may have waiting for a worker before its next ones are answered `busy`. */
export const MAX_QUEUED_RUNS_PER_CLIENT = 4;
/** Clients whose last dispatch the fair queue remembers (one forgotten counts as never served). */
export const FAIR_QUEUE_REMEMBERED_CLIENTS = 1_024;
/**
 * Warm worker processes the web app's pool keeps beyond the runs it serves at once: a worker killed
 * by a limit (or Stop) is replaced by one already warm, not one starting (~1.3 s of CPU, seconds
 * under load), so a run right after a limit answers at once even when a second limit follows.
 */
export const SPARE_WORKERS = 1;
/** Longest a run waits for a worker before it is answered `busy`, in ms (a client gives up anyway). */
export const MAX_QUEUE_WAIT_MS = 10_000;
/** CPU time above which a finished run marks its client heavy, in ms. */
export const HEAVY_RUN_CPU_MS = 500;
/** Real time after which a run, finished or still going, marks its client heavy, in ms. */
export const HEAVY_RUN_WALL_MS = 1_000;
/** How long a client stays heavy after its last heavy run, in ms. */
export const HEAVY_CLIENT_PENALTY_MS = 60_000;
/** Workers one heavy client may hold at once. */
export const MAX_WORKERS_PER_HEAVY_CLIENT = 1;
/** Fraction of the pool's workers heavy clients may hold together (rounded down, at least 1 worker). */
export const HEAVY_CLIENTS_MAX_WORKER_FRACTION = 0.5;
/** Heavy clients remembered at once; beyond it the one marked longest ago is forgotten first. */
export const MAX_TRACKED_HEAVY_CLIENTS = 10_000;
/**
 * Largest RunResult kept, stored or cached, in bytes of JSON. Past it the trace (tasks, spans,
 * warnings) is cut and marked (`stats.truncated` and a warning); a run could produce 7.5 MB.
 * 1.25 MiB of it is the console's, so 256 KiB of ordinary lines (~20 characters, ~75 bytes of
 * JSON each) always fit; a flood of one-character lines is cut sooner, marked the same way.
 */
export const MAX_RESULT_BYTES = 2 * 1024 * 1024;
/** Longest task name kept, in characters; longer ones end in "…". */
export const MAX_TASK_NAME_CHARS = 200;
/** Longest span detail (what a task awaits) kept, in characters. */
export const MAX_SPAN_DETAIL_CHARS = 200;
/** Longest warning text kept, in characters. */
export const MAX_WARNING_CHARS = 1_000;
/** Warnings kept per run; the rest are counted in one closing warning. */
export const MAX_WARNINGS = 100;
/** Bytes of results (JSON) the result cache holds in all; the least recently used go first. */
export const RESULT_CACHE_BYTES = 64 * 1024 * 1024;
/**
 * Resident memory one worker process may hold, in MB, watched from the host: some V8 built-ins
 * allocate outside the isolate's heap limit (a normalize() of a two-byte rope reached 3.2 GB). An
 * idle worker holds ~200 MB (Node, TypeScript, the scheduler snapshot, the run isolate); a run
 * starts below WORKER_RECYCLE_RSS_MB, so this leaves one run room for the isolate's 64 MB heap
 * about twice over before it is blamed.
 */
export const MAX_WORKER_RSS_MB = 384;

/**
 * After a run, a worker holding more than this many MB answers that run as it ended, then exits and
 * is replaced. Memory creeps up over many runs (compile caches, V8's own heaps); without this a
 * benign run would be the one to cross MAX_WORKER_RSS_MB and be answered "memory" for memory it
 * never used. MAX_WORKER_RSS_MB − this = 128 MB is what one run may add before it is blamed.
 */
export const WORKER_RECYCLE_RSS_MB = 256;
/**
 * V8's young generation per worker process, in MB per semi-space (--max-semi-space-size). By
 * default V8 grows it to 64 MB under TypeScript's allocation rate: 128 MB of RSS that pushed a
 * worker past WORKER_RECYCLE_RSS_MB after ~150 distinct programs, and each replacement costs about
 * a second of CPU. At 4 MB compiles also ran ~15% faster (docs/measurements.md, "Worker memory").
 */
export const WORKER_SEMI_SPACE_MB = 4;
/**
 * Runs one isolate serves before it is disposed, each in a new context made from the scheduler
 * snapshot (fresh-isolate.ts). A new isolate costs ~4–5 ms of CPU (V8 deserialising the snapshot
 * twice, page faults, disposal): more than a run. Bounded so that heap left over from earlier
 * runs, and V8's per-isolate caches, stay small.
 */
export const ISOLATE_MAX_RUNS = 32;
/** An isolate holding more than this many MB of heap after a run is disposed, not reused. */
export const ISOLATE_REUSE_MAX_HEAP_MB = 16;
/** glibc malloc arenas per worker process (MALLOC_ARENA_MAX): isolated-vm's threads otherwise each get one. */
export const WORKER_MALLOC_ARENAS = 2;
/** How often the host samples a busy worker's RSS and CPU time, in ms (RSS over the limit lives at most ~2 samples). */
export const WORKER_WATCH_INTERVAL_MS = 25;
/**
 * CPU time past MAX_CPU_MS after which the host kills a worker, in ms: a V8 built-in that ignores
 * isolated-vm's timeout (indexOf over 2**40 holes, sort() of 3e6 numbers) is stopped here, compile
 * included. Margin for the worker's own bookkeeping and V8's background threads.
 */
export const WORKER_CPU_KILL_MARGIN_MS = 500;
