// The editor's declarations (host globals + lib/scheduler/builtins.d.ts) type-check, with the
// editor's lib (ESNext, no DOM), a program using every global and module the sandbox provides:
// IntelliSense must know what the runner knows.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SANDBOX_GLOBALS_DTS } from './sandbox-globals-dts.ts';

const BUILTINS = readFileSync(path.join(import.meta.dirname, '../../../lib/scheduler/builtins.d.ts'), 'utf8');

const PROGRAM = `
import { setTimeout as delay, setInterval as every, setImmediate as immediate, scheduler } from 'node:timers/promises';
import { once } from 'node:events';
import * as tp from 'timers/promises';
const t = setTimeout(() => {}, 10); t.unref(); t.refresh(); const alive: boolean = t.hasRef(); clearTimeout(t);
const i = setImmediate((a: number) => {}, 1); clearImmediate(i);
process.nextTick(() => {}); const [s, ns] = process.hrtime(); const big: bigint = process.hrtime.bigint();
const argc: number = process.argv.length; const home = process.env.HOME;
const copy = structuredClone({ a: new Map<string, number>() }); copy.a.get('x');
const bytes: Uint8Array = new TextEncoder().encode('x'); const text: string = new TextDecoder().decode(bytes);
const u = new URL('https://a.b/c?d=1'); const d: string | null = u.searchParams.get('d'); new URLSearchParams({ a: '1' });
const b64: string = btoa(atob('eA=='));
const ac = new AbortController(); ac.signal.addEventListener('abort', () => {}); ac.abort(new DOMException('x', 'AbortError'));
const sig: AbortSignal = AbortSignal.timeout(100); sig.throwIfAborted();
const et = new EventTarget(); et.dispatchEvent(new CustomEvent<number>('e', { detail: 1 }));
performance.mark('a'); const m = performance.measure('m', 'a'); const dur: number = m.duration + performance.now();
await delay(10, 'v'); await immediate(); await scheduler.wait(5); await tp.setTimeout(1);
for await (const _ of every(10)) break;
const [ev] = await once(et, 'e', { signal: sig });
if (Math.random() > 2) process.exit(1);
export {};
`;

describe('the editor declarations', () => {
  it('type-check a program using every Node and web global the sandbox provides', () => {
    const files: Record<string, string> = { '/globals.d.ts': SANDBOX_GLOBALS_DTS, '/builtins.d.ts': BUILTINS, '/main.ts': PROGRAM };
    const options: ts.CompilerOptions = {
      target: ts.ScriptTarget.ESNext, module: ts.ModuleKind.ESNext, lib: ['lib.esnext.d.ts'], strict: true, noEmit: true,
      moduleDetection: ts.ModuleDetectionKind.Force, types: [],
    };
    const host = ts.createCompilerHost(options);
    const readFile = host.readFile.bind(host);
    host.readFile = (f) => files[f] ?? readFile(f);
    host.fileExists = (f) => f in files || ts.sys.fileExists(f);
    host.getSourceFile = (f, lang) => {
      const text = host.readFile(f);
      return text === undefined ? undefined : ts.createSourceFile(f, text, lang);
    };
    const program = ts.createProgram(Object.keys(files), options, host);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((d) => ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });
});
