// compileProgram: user TypeScript → the instrumented classic script of lib/scheduler/abi.ts, with
// types stripped by `ts.transpileModule` (ES2023, async/await kept native) and a position mapper.
import ts from 'typescript';
import { BOOT_GLOBAL, HOOKS_PARAM, TASK_PARAM } from '../../scheduler/abi.ts';
import { dropModuleMarkers, instrumenter, type Needs } from './instrument.ts';
import { SOURCE_REGISTRATION, sourceFunction } from './source-text.ts';
import { decodeMappings, lookup, type DecodedMap } from './source-map.ts';
import type { Problem } from './state.ts';
import { LOCATION_PROLOGUE } from './location.ts';

export interface CompileError {
  name: 'CompileError';
  message: string;
  /** 1-based line in the TypeScript source. */
  line: number;
  /** 1-based column in the TypeScript source. */
  column: number;
  /** 'harness': the error is in a classroom test harness, not in the program. */
  file?: 'harness';
}

export type MapPosition = (line: number, column: number) => { line: number; column: number; file?: 'harness' };

export type CompileOutput =
  | { ok: true; program: string; mapPosition: MapPosition }
  | { ok: false; error: CompileError };

/** The program's first line; user code starts on line 2 before source mapping. */
// An arrow, so user code has no `arguments` that would hand it the hooks object; strict, as
// TypeScript modules are. It then takes the location register (location.ts).
export const PROGRAM_PREFIX = `${BOOT_GLOBAL}(async (${HOOKS_PARAM}, ${TASK_PARAM}) => { "use strict"; ${LOCATION_PROLOGUE}`;
export const PROGRAM_SUFFIX = '});';
const FILE_NAME = 'main.ts';

const COMPILER_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2023,
  module: ts.ModuleKind.ESNext,
  // Parse every program as a module, so top-level `await (x)` is an await and not a call.
  moduleDetection: ts.ModuleDetectionKind.Force,
  sourceMap: true,
  newLine: ts.NewLineKind.LineFeed,
  removeComments: false,
  importHelpers: false,
};

function errorAt(sf: ts.SourceFile | undefined, pos: number | undefined, message: string): CompileOutput {
  const at = sf && pos !== undefined ? sf.getLineAndCharacterOfPosition(pos) : { line: -1, character: -1 };
  return { ok: false, error: { name: 'CompileError', message, line: at.line + 1, column: at.character + 1 } };
}

export function compileProgram(source: string): CompileOutput {
  try {
    return compile(source);
  } catch (e) {
    // A bug here must not take the worker down; the user sees it as a compile error.
    return { ok: false, error: { name: 'CompileError', message: `internal compiler error: ${(e as Error)?.message ?? e}`, line: 0, column: 0 } };
  }
}

/** Instrumented JavaScript (without the program wrapper) and its source map. */
export interface TranspiledBody {
  text: string;
  sourceMap: string;
  /** What the program's first line must add so toString() can show the user's text ('' if unused). */
  registration: string;
}

/**
 * Transpiles and instruments one TypeScript source; `extra` transformers run after the
 * instrumenter (harness-program.ts marks harness functions with them).
 */
export function transpileBody(
  source: string, extra: ts.TransformerFactory<ts.SourceFile>[] = [], harness = false,
): { ok: true; body: TranspiledBody } | { ok: false; error: CompileError } {
  const problems: Problem[] = [];
  const needs: Needs = { source: false };
  let sourceFile: ts.SourceFile | undefined;
  const result = ts.transpileModule(source, {
    fileName: FILE_NAME,
    compilerOptions: COMPILER_OPTIONS,
    reportDiagnostics: true,
    transformers: {
      before: [(ctx) => { const inner = instrumenter(problems, needs, harness)(ctx); return (sf) => inner((sourceFile = sf)); }, ...extra],
      after: [dropModuleMarkers],
    },
  });
  const failed = (out: CompileOutput) => out as { ok: false; error: CompileError };
  const diagnostic = result.diagnostics?.find((d) => d.category === ts.DiagnosticCategory.Error);
  if (diagnostic) {
    return failed(errorAt(diagnostic.file ?? sourceFile, diagnostic.start, ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')));
  }
  if (problems.length) {
    const first = problems.reduce((a, b) => (b.pos < a.pos ? b : a));
    return failed(errorAt(sourceFile, first.pos, first.message));
  }
  // transpileModule ends the text with a sourceMappingURL comment; the host keeps the map itself.
  let text = result.outputText.replace(/\/\/# sourceMappingURL=\S*\s*$/, '');
  if (text !== '' && !text.endsWith('\n')) text += '\n';
  // After every mapped line, so positions are unchanged; a declaration, so it is hoisted.
  if (needs.source) text += `${sourceFunction(source)}\n`;
  return { ok: true, body: { text, sourceMap: result.sourceMapText ?? '', registration: needs.source ? SOURCE_REGISTRATION : '' } };
}

function compile(source: string): CompileOutput {
  const out = transpileBody(source);
  if (!out.ok) return out;
  const program = `${PROGRAM_PREFIX}${out.body.registration}\n${out.body.text}${PROGRAM_SUFFIX}`;
  // Script line 1 is PROGRAM_PREFIX, so TS output line k (0-based) is script line k + 2.
  return { ok: true, program, mapPosition: positionMapper(out.body.sourceMap, 2) };
}

/**
 * Maps 1-based script positions (as V8 reports them for main.js) to 1-based TS positions; 0/0 when
 * unknown. `firstLine` is the script line holding the body's first output line.
 */
export function positionMapper(sourceMapText: string, firstLine: number): MapPosition {
  let map: DecodedMap | undefined; // decoded on first use: only failed runs need it
  return (line, column) => {
    map ??= sourceMapText ? decodeMappings((JSON.parse(sourceMapText) as { mappings: string }).mappings) : [];
    const at = lookup(map, line - firstLine, column - 1);
    return at ? { line: at.line + 1, column: at.column + 1 } : { line: 0, column: 0 };
  };
}
