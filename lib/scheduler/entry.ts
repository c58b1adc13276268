// The scheduler bundle's entry (esbuild → IIFE, evaluated once into the startup snapshot): captures
// the built-ins, patches Promise, installs the sandbox globals and exposes STEP/BOOT/CONFIGURE to the
// host. Per run, CONFIGURE takes the host's emit callback and config from the globals (deleting them).
import { BOOT_GLOBAL, CHOICES_GLOBAL, CONFIG_GLOBAL, CONFIGURE_GLOBAL, DRAIN_GLOBAL, HOST_EMIT_GLOBAL, STEP_GLOBAL } from './abi.ts';
import { G, JSONParse, ObjectDefineProperty } from './intrinsics.ts';
import { S } from './state.ts';
import { initTrace } from './trace.ts';
import { patchPromise } from './promise-patch.ts';
import { installProxyTags } from './proxy-tags.ts';
import { installIteratorTags } from './iterator-tags.ts';
import { installPromiseTags } from './promise-tags.ts';
import { configureGlobals, installGlobals } from './globals.ts';
import { step } from './loop.ts';
import { boot } from './boot.ts';
import { choicesJson, collect, collecting, configureChooser, drainCollected } from './choices.ts';
import { exploreAsyncioRounds } from './asyncio-choices.ts';
import { installToString } from './async-look.ts';
import { lookLikeNode } from './native-looks.ts';

/** Everything here is the same for every run, so it runs once, at snapshot time. */
patchPromise();
// The tags console output reads in place of V8 internals (docs/console.md), before any user code.
installProxyTags();
installIteratorTags();
installPromiseTags();
installGlobals();
installToString();
lookLikeNode();
ObjectDefineProperty(G, DRAIN_GLOBAL, { value: drainCollected, writable: true, configurable: true });
ObjectDefineProperty(G, STEP_GLOBAL, { value: step, writable: true, configurable: true });
ObjectDefineProperty(G, CHOICES_GLOBAL, { value: choicesJson, writable: true, configurable: true });
ObjectDefineProperty(G, BOOT_GLOBAL, {
  value: function (program: Parameters<typeof boot>[0]) {
    delete G[BOOT_GLOBAL];
    boot(program);
  },
  writable: true, configurable: true,
});

/** One run's configuration (a context made from the snapshot starts with the defaults of state.ts). */
function configure(): void {
  delete G[CONFIGURE_GLOBAL];
  const emit = G[HOST_EMIT_GLOBAL] as ((chunk: string) => void) | undefined;
  const configText = G[CONFIG_GLOBAL];
  delete G[HOST_EMIT_GLOBAL];
  delete G[CONFIG_GLOBAL];
  if (typeof configText === 'string') {
    const c = JSONParse(configText);
    for (const k of ['seed', 'epochMs', 'maxVirtualMs', 'maxEvents', 'maxConsoleBytes', 'flushEvery'] as const) {
      if (typeof c[k] === 'number') S.config[k] = c[k];
    }
    if (typeof c.choices === 'object' && c.choices !== null) {
      configureChooser(c.choices);
      exploreAsyncioRounds();
    }
  }
  // Exploring collects the outcome's events here and the host drains them once per schedule.
  initTrace(collecting() ? collect : typeof emit === 'function' ? (chunk) => { emit(chunk); } : () => {}, collecting());
  configureGlobals();
}
ObjectDefineProperty(G, CONFIGURE_GLOBAL, { value: configure, writable: true, configurable: true });
