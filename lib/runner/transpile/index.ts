// Public API of the instrumenter: TypeScript source → instrumented program (see lib/scheduler/abi.ts).
export { compileProgram, PROGRAM_PREFIX, PROGRAM_SUFFIX } from './compile.ts';
export type { CompileError, CompileOutput, MapPosition } from './compile.ts';
export { compileCached, COMPILE_CACHE_ENTRIES } from './cache.ts';
