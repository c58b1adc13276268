// The snapshot's warm-up must run its program to the end: the code it reaches is what every run's
// isolate finds compiled (scheduler-snapshot.ts). A warm-up that stalls at the first await made
// seed program 3's steps a third slower, silently.
import ivm from 'isolated-vm';
import { describe, expect, it } from 'vitest';
import { bundleDefinition, warmUpScript } from './scheduler-snapshot.ts';

describe('scheduler snapshot warm-up', () => {
  it('runs the warm-up program to its end, printing what it prints', () => {
    const isolate = new ivm.Isolate({ memoryLimit: 64 });
    try {
      const context = isolate.createContextSync();
      isolate.compileScriptSync(bundleDefinition(false)).runSync(context);
      isolate.compileScriptSync('globalThis.chunks = [];').runSync(context);
      // Like the snapshot creator, microtasks drain only once the warm-up script has returned.
      isolate.compileScriptSync(warmUpScript('(c) => { chunks.push(c); }')).runSync(context);
      const events = (JSON.parse(context.evalSync('"[" + chunks.join(",") + "]"') as string) as unknown[][]).flat() as unknown[][];
      expect(events.filter((e) => e[0] === 'log').map((e) => e[3])).toEqual(['a { s: 1 }', 'b { s: 2 }', "3 [ 1, 'x' ] 2000"]);
      expect(events.at(-1)).toEqual(['end', 'ok', 2000, null]);
    } finally {
      isolate.dispose();
    }
  });
});
