// The in-isolate scheduler as one script: lib/scheduler/entry.ts bundled by esbuild into an
// IIFE once per process and cached, and the web-platform globals beside it (scheduler-snapshot.ts puts it into the snapshot every fresh
// isolate starts from).
import { buildSync } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Filename the bundle is compiled under; stack frames from it are the scheduler's, not the user's. */
export const SCHEDULER_FILENAME = 'taskline-scheduler.js';

let cached: string | null = null;
let cachedWeb: string | null = null;

export function schedulerSource(): string {
  if (cached === null) cached = bundle('../../scheduler/entry.ts', { minifyWhitespace: true });
  return cached;
}

/**
 * The web-platform globals (lib/scheduler/web/entry.ts: core-js-pure, event-target-shim and our
 * own): evaluated once into the snapshot, not per run (see scheduler-snapshot.ts).
 */
export function webGlobalsSource(): string {
  if (cachedWeb === null) {
    // The packages' WeakMaps get methods captured before user code (web/safe-collections.ts).
    const inject = [fileURLToPath(new URL('../../scheduler/web/safe-collections.ts', import.meta.url))];
    cachedWeb = engineBuiltInsFirst(bundle('../../scheduler/web/entry.ts', { inject, minifyWhitespace: false }));
  }
  return cachedWeb;
}

/**
 * core-js-pure's getBuiltIn prefers its own polyfills (a wrapped Map, Set…) to the engine's, so
 * structuredClone(new Map()) returned a core-js Map that printed as `Object [Map] {}` and was no
 * `instanceof Map`. V8 has every built-in core-js needs except the web ones (URL, DOMException…):
 * the engine's come first, core-js fills the gaps. (esbuild's sync API takes no resolve plugins,
 * so the one line is swapped in the output; a core-js update that changes it fails the build.)
 */
const CORE_JS_GET_BUILT_IN = 'return arguments.length < 2 ? aFunction(path[namespace]) || aFunction(globalThis2[namespace]) : path[namespace] && path[namespace][method] || globalThis2[namespace] && globalThis2[namespace][method];';
const ENGINE_FIRST = 'return arguments.length < 2 ? aFunction(globalThis2[namespace]) || aFunction(path[namespace]) : globalThis2[namespace] && globalThis2[namespace][method] || path[namespace] && path[namespace][method];';

function engineBuiltInsFirst(source: string): string {
  const at = source.indexOf(CORE_JS_GET_BUILT_IN);
  if (at < 0 || source.indexOf(CORE_JS_GET_BUILT_IN, at + 1) >= 0) {
    throw new Error('core-js-pure changed its getBuiltIn: update engineBuiltInsFirst in scheduler-bundle.ts');
  }
  return source.replace(CORE_JS_GET_BUILT_IN, ENGINE_FIRST);
}

function bundle(entry: string, { inject = [], minifyWhitespace }: { inject?: string[]; minifyWhitespace: boolean }): string {
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL(entry, import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'es2023',
    platform: 'neutral',
    // core-js-pure and event-target-shim are packages: resolve them as a bundler would.
    mainFields: ['module', 'main'],
    inject,
    write: false,
    minifySyntax: true,
    // Whitespace too for the scheduler: its source is part of the snapshot every run's isolate is
    // made from. Identifiers keep their names (Timeout, setImmediate…). Not for the web globals,
    // whose core-js line engineBuiltInsFirst swaps must keep its shape.
    minifyWhitespace,
    legalComments: 'none',
    // Strict code: the scheduler's functions never expose a sloppy `this` or `.arguments`.
    banner: { js: '"use strict";' },
    logLevel: 'silent',
  });
  return result.outputFiles[0].text;
}
