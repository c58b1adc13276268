// Worker entry for Monaco's generic editor worker; a local file so our bundler builds it.
import 'monaco-editor/editor/editor.worker.js';
