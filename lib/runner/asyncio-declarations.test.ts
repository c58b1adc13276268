// builtins.d.ts declares the whole asyncio API: every TypeScript port in corpus/asyncio (which
// together use all of it) and every example of the gallery type-checks against it, as the editor checks a program.
import { readdirSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { SANDBOX_GLOBALS_DTS } from '../../app/_components/editor/sandbox-globals-dts.ts';
import { examplesDir } from '../examples/catalog.ts';

const CORPUS_DIR = path.join(import.meta.dirname, 'corpus', 'asyncio');
const BUILTINS = path.join(import.meta.dirname, '..', 'scheduler', 'builtins.d.ts');
const GLOBALS = path.join(CORPUS_DIR, '__sandbox-globals.d.ts');

/** Diagnostics of the files (on disk, or given as text in `virtual`) against builtins.d.ts. */
function diagnostics(files: string[], virtual: Record<string, string> = {}): string[] {
  const options: ts.CompilerOptions = {
    target: ts.ScriptTarget.ES2023, module: ts.ModuleKind.ESNext, lib: ['lib.es2023.d.ts'], strict: true,
    noEmit: true, types: [], moduleDetection: ts.ModuleDetectionKind.Force,
  };
  const host = ts.createCompilerHost(options);
  const read = host.readFile.bind(host);
  const texts: Record<string, string> = { ...virtual, [GLOBALS]: SANDBOX_GLOBALS_DTS };
  host.readFile = (f) => texts[f] ?? read(f);
  const fileExists = host.fileExists.bind(host);
  host.fileExists = (f) => f in texts || fileExists(f);
  const program = ts.createProgram([BUILTINS, GLOBALS, ...files], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) =>
    `${d.file ? path.basename(d.file.fileName) : ''}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n')}`);
}

describe('asyncio declarations', () => {
  it('type-check every TypeScript port of the CPython corpus', () => {
    const files = readdirSync(CORPUS_DIR).filter((f) => /^\d+_.*\.ts$/.test(f)).map((f) => path.join(CORPUS_DIR, f));
    expect(files.length).toBeGreaterThanOrEqual(40);
    expect(diagnostics(files)).toEqual([]);
  }, 60_000);

  it('type-check every example in examples/, as the playground\'s editor shows it', () => {
    const files = readdirSync(examplesDir()).filter((f) => f.endsWith('.ts')).map((f) => path.join(examplesDir(), f));
    expect(files.length).toBeGreaterThanOrEqual(18);
    expect(diagnostics(files)).toEqual([]);
  }, 60_000);

  it('flag misuse, as the editor should', () => {
    const bad = path.join(CORPUS_DIR, '__bad.ts');
    const errs = diagnostics([bad], {
      [bad]: 'const q = new asyncio.Queue<number>();\nq.putNowait("x");\nasyncio.wait([1]);\nasyncio.sleep("1");\n',
    });
    expect(errs).toHaveLength(3);
    expect(errs[0]).toMatch(/string.*number/);
  }, 60_000);
});
