// The in-isolate scheduler as one script: lib/scheduler/entry.ts bundled by esbuild into an
// IIFE once per process and cached (scheduler-snapshot.ts puts it into the snapshot every fresh
// isolate starts from).
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Filename the bundle is compiled under; stack frames from it are the scheduler's, not the user's. */
export const SCHEDULER_FILENAME = 'taskline-scheduler.js';

let cached: string | null = null;

export function schedulerSource(): string {
  if (cached !== null) return cached;
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('../../scheduler/entry.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'es2023',
    platform: 'neutral',
    write: false,
    minifySyntax: true,
    legalComments: 'none',
    // Strict code: the scheduler's functions never expose a sloppy `this` or `.arguments`.
    banner: { js: '"use strict";' },
    logLevel: 'silent',
  });
  cached = result.outputFiles[0].text;
  return cached;
}
