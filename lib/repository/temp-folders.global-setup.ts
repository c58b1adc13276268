// Vitest global setup: the run gets a temporary folder of its own (TMPDIR, inherited by the test
// workers and the sandbox workers they fork), and whatever a test left there in its own name
// (tl-*, taskline-*) fails the run at the end; the folder is removed either way.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/** Names our tests give their temporary folders and files. */
const OURS = /^(tl-|taskline-)/;

export default function setup(): () => void {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'taskline-vitest-'));
  process.env.TMPDIR = dir;
  return () => {
    const left = readdirSync(dir).filter((name) => OURS.test(name));
    rmSync(dir, { recursive: true, force: true });
    if (left.length > 0) {
      // Vitest reports an error thrown here but still exits 0: set the exit code as well.
      process.exitCode = 1;
      throw new Error(`tests left temporary files behind (remove them in the test that makes them): ${left.join(', ')}`);
    }
  };
}
