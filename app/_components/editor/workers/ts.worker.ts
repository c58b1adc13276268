// Worker entry for Monaco's TypeScript language service; a local file so our bundler builds it.
import 'monaco-editor/language/typescript/ts.worker.js';
