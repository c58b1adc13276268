// Monaco's TypeScript language service (IntelliSense, diagnostics), started once per page after
// the first editor is on screen rather than when its model is created, so neither tsMode nor the
// contributions Monaco 0.57 pulls in with it (internal/common/workers.js) delay a typeable editor.
import { configureTypeScript } from './configure-typescript.ts';

type Defaults = typeof import('monaco-editor/languages/features/typescript/register.js').typescriptDefaults;
interface TsMode { setupTypeScript(defaults: Defaults): void }

let started: Promise<Defaults> | null = null;

/**
 * Loads register.js and tsMode.js and sets the service up for TypeScript models. register.js's own
 * `onLanguage('typescript')` hook never fires here (the language was requested when the model was
 * made, before the hook existed), so tsMode's setup is called directly, once.
 */
function startTypeScriptService(): Promise<Defaults> {
  started ??= Promise.all([
    import('monaco-editor/languages/features/typescript/register.js'),
    // @ts-expect-error tsMode.js ships without declarations; its setupTypeScript is register.js's own hook.
    import('monaco-editor/languages/features/typescript/tsMode.js') as Promise<TsMode>,
  ]).then(([{ typescriptDefaults }, mode]) => {
    (mode as TsMode).setupTypeScript(typescriptDefaults);
    return typescriptDefaults;
  });
  return started;
}

/** Starts the service if needed and gives it the sandbox's compiler options and built-ins. */
export function configureTypeScriptService(builtinsDts: string): void {
  void startTypeScriptService().then((defaults) => configureTypeScript(defaults, builtinsDts));
}
