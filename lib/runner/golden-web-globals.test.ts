// Golden tests for the web-platform globals and the virtual Node modules, through runCode:
// structuredClone, TextEncoder/TextDecoder, URL, atob/btoa, EventTarget/CustomEvent, DOMException,
// AbortController/AbortSignal (timeout on the virtual clock), performance marks, and imports of
// node:timers/promises and node:events' once. Expected lines are what Node 24 prints.
import { describe, expect, it } from 'vitest';
import { goldenPool, stdoutOf as out } from './test-support/golden-pool.ts';
import type { RunResult } from './protocol.ts';

const { run } = goldenPool();


describe('web globals', () => {
  it('structuredClone deep-copies Maps, Dates and cycles, and refuses functions', async () => {
    const r = await run(
      'const src: any = { m: new Map([[1, new Set(["a"])]]), d: new Date(0), list: [1, { n: 2 }] }; src.self = src;',
      'const copy = structuredClone(src);',
      'console.log(copy.m instanceof Map, copy.m.get(1) instanceof Set, copy.d instanceof Date, copy.self === copy, copy !== src, copy.list[1] !== src.list[1]);',
      'console.log(copy.m);',
      "try { structuredClone({ f() {} }); } catch (e: any) { console.log(e instanceof DOMException, e.name); }",
      "for (const v of [{ a: [1, { p: Promise.resolve() }] }, new Map([[1, Symbol('s')]]), () => 1]) {",
      '  try { structuredClone(v); } catch (e: any) { console.log(e.code, e.message); }',
      '}',
    );
    expect(out(r)).toEqual([
      'true true true true true true', "Map(1) { 1 => Set(1) { 'a' } }", 'true DataCloneError',
      '25 #<Promise> could not be cloned.', '25 Symbol(s) could not be cloned.', '25 () => 1 could not be cloned.',
    ]);
  });

  it('TextEncoder/TextDecoder round-trip UTF-8, replace bad bytes, and stream', async () => {
    const r = await run(
      "const bytes = new TextEncoder().encode('héllo €😀');",
      'console.log(bytes.length, new TextDecoder().decode(bytes));',
      'console.log(new TextDecoder().decode(new Uint8Array([0x61, 0xff, 0xe2, 0x82])));',
      'const d = new TextDecoder(); console.log(d.decode(new Uint8Array([0xe2, 0x82]), { stream: true }) + d.decode(new Uint8Array([0xac])));',
      "try { new TextDecoder('utf-8', { fatal: true }).decode(new Uint8Array([0xff])); } catch (e: any) { console.log(e.name); }",
      "console.log(new TextEncoder().encodeInto('abc', new Uint8Array(2)));",
    );
    expect(out(r)).toEqual(['14 héllo €😀', 'a\uFFFD\uFFFD', '€', 'TypeError', '{ read: 2, written: 2 }']);
  });

  it('URL, URLSearchParams, atob and btoa', async () => {
    const r = await run(
      "const u = new URL('/search?q=async+js&page=2#top', 'https://example.com');",
      "u.searchParams.append('lang', 'en');",
      'console.log(u.href, u.hostname, u.searchParams.get("q"), [...u.searchParams.keys()].join());',
      "console.log(btoa('Taskline'), atob('VGFza2xpbmU='), new URLSearchParams({ a: '1', b: 'x y' }).toString());",
    );
    expect(out(r)).toEqual([
      'https://example.com/search?q=async+js&page=2&lang=en#top example.com async js q,page,lang',
      'VGFza2xpbmU= Taskline a=1&b=x+y',
    ]);
  });

  it('EventTarget, CustomEvent, and AbortSignal.timeout on the virtual clock (unref\'d, as in Node)', async () => {
    const r = await run(
      'const target = new EventTarget();',
      "target.addEventListener('ping', (e) => console.log('got', e.type, (e as CustomEvent).detail, performance.now()));",
      "setTimeout(() => target.dispatchEvent(new CustomEvent('ping', { detail: 7 })), 20);",
      'const signal = AbortSignal.timeout(50);',
      "signal.onabort = () => console.log('aborted at', performance.now(), signal.reason.name);",
      'AbortSignal.timeout(10_000);',
      'setTimeout(() => console.log(signal.aborted), 60);',
      'const ac = new AbortController(); console.log(ac);',
    );
    expect(out(r)).toEqual([
      'AbortController { signal: AbortSignal { aborted: false } }', 'got ping 7 20', 'aborted at 50 TimeoutError', 'true',
    ]);
    expect(r.virtualMs).toBe(60);
  });

  it('an Event prints as in Node, its timeStamp counted in virtual ms since the time origin', async () => {
    const r = await run("setTimeout(() => console.log(new Event('late', { cancelable: true })), 250);");
    // Over Node's 80-column budget (entries + 4 per entry + 10), so on several lines, as Node prints it.
    expect(out(r)).toEqual(["Event {\n  type: 'late',\n  defaultPrevented: false,\n  cancelable: true,\n  timeStamp: 250\n}"]);
  });

  it('performance.mark/measure use the virtual clock', async () => {
    const r = await run(
      "performance.mark('start');", 'await sleep(250);', "performance.mark('end', { detail: 'x' });",
      "const m = performance.measure('span', 'start', 'end');",
      "console.log(m.name, m.entryType, m.startTime, m.duration, performance.getEntriesByType('mark').length);",
    );
    expect(out(r)).toEqual(['span measure 0 250 2']);
  });
});

describe('node:timers/promises and node:events resolve to virtual implementations', () => {
  it('setTimeout, setImmediate and setInterval as promises, with AbortSignal', async () => {
    const r = await run(
      "import { setTimeout as delay, setImmediate as immediate, setInterval as every } from 'node:timers/promises';",
      "import * as timers from 'timers/promises';",
      "console.log(await delay(100, 'value'), performance.now(), timers.setTimeout === delay);",
      "console.log(await immediate('now'), performance.now());",
      'let n = 0;',
      "for await (const tick of every(50, 'tick')) { console.log(tick, performance.now()); if (++n === 2) break; }",
      'const ac = new AbortController();',
      'setTimeout(() => ac.abort(), 30);',
      "try { await delay(1000, 'x', { signal: ac.signal }); } catch (e: any) { console.log(e.name, e.code, performance.now()); }",
    );
    expect(out(r)).toEqual(['value 100 true', 'now 100', 'tick 150', 'tick 200', 'AbortError ABORT_ERR 230']);
    expect(r.virtualMs).toBe(230);
    expect(r.tasks[0]!.spans.filter((s) => s.kind === 'waiting').map((s) => s.detail)).toContain('setTimeout(100)');
  });

  it("events.once resolves with the event's arguments, for EventTargets and hand-written emitters", async () => {
    const r = await run(
      "import { once } from 'node:events';",
      'const et = new EventTarget();',
      "setTimeout(() => et.dispatchEvent(new Event('ready')), 5);",
      "const [e] = await once(et, 'ready');",
      'console.log(e.type, performance.now());',
      'const listeners: Record<string, Function[]> = {};',
      'const emitter = { on() {}, once(n: string, f: Function) { (listeners[n] ??= []).push(f); }, removeListener() {} };',
      "setTimeout(() => listeners.data.forEach((f) => f(1, 2)), 5);",
      "console.log(await once(emitter, 'data'), performance.now());",
    );
    expect(out(r)).toEqual(['ready 5', '[ 1, 2 ] 10']);
  });
});
