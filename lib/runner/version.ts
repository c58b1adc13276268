// The runner's version: part of every cache key and stored with saved runs, so a change to the
// scheduler or instrumenter never serves a result produced by older code.
export const RUNNER_VERSION = '0.3.0';
