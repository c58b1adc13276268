// Sets up Monaco's TypeScript service the way the sandbox runs code: ES modules with top-level
// await, no DOM, and the runner's built-ins declared so IntelliSense knows sleep/asyncio/Task.
import { SANDBOX_GLOBALS_DTS } from './sandbox-globals-dts.ts';
import type { typescriptDefaults } from 'monaco-editor/languages/features/typescript/register.js';

type Defaults = typeof typescriptDefaults;

const BUILTINS_URI = 'file:///node_modules/@types/taskline/index.d.ts';
const GLOBALS_URI = 'file:///node_modules/@types/taskline-host/index.d.ts';

export function configureTypeScript(defaults: Defaults, builtinsDts: string): void {
  defaults.setCompilerOptions({
    target: 99, // ESNext
    module: 99, // ESNext, so top-level await type-checks
    moduleResolution: 2,
    lib: ['esnext'], // the sandbox has no DOM
    strict: true,
    noEmit: true,
    allowNonTsExtensions: true,
    // 3 = Force: every file is a module, as the runner treats it (top-level await works).
    moduleDetection: 3,
  } as Parameters<Defaults['setCompilerOptions']>[0]);
  defaults.setDiagnosticsOptions({ noSemanticValidation: false, noSyntaxValidation: false });
  defaults.setExtraLibs([
    { content: SANDBOX_GLOBALS_DTS, filePath: GLOBALS_URI },
    { content: builtinsDts, filePath: BUILTINS_URI },
  ]);
  defaults.setEagerModelSync(true);
}
