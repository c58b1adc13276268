// Which programs get the web-platform globals: those naming one; the rest run from the lean snapshot.
import { describe, expect, it } from 'vitest';
import { usesWebGlobals } from './web-globals-use.ts';

describe('usesWebGlobals', () => {
  it.each([
    ['const c = structuredClone(x);', true],
    ["const U = globalThis['URL'];", true],
    ['if (typeof TextEncoder !== "undefined") {}', true],
    ["import { once } from 'node:events';", true],
    ["await delay(5, 'x', { signal: ac.signal });", true],
    ['const e = new asyncio.Event();', true],
    ['await asyncio.sleep(1); console.log("URLs are strings");', false],
    ['setImmediate(() => process.nextTick(() => console.log(performance.now())));', false],
  ])('%s → %s', (source, expected) => expect(usesWebGlobals(source)).toBe(expected));
});
