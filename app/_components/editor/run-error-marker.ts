// Puts a run's compile or runtime error on the editor as a marker at its line and column, so
// the squiggle sits where the runner says the program failed.
import type * as Monaco from 'monaco-editor/editor/editor.api.js';
import type { RunError } from '@/lib/runner/protocol.ts';

const OWNER = 'taskline-run';

export function showRunError(monaco: typeof Monaco, model: Monaco.editor.ITextModel, error: RunError | null): void {
  if (!error || error.line < 1) {
    monaco.editor.setModelMarkers(model, OWNER, []);
    return;
  }
  const line = Math.min(error.line, model.getLineCount());
  const column = Math.max(1, error.column);
  // Underline from the reported column to the end of that word, or at least one character.
  const word = model.getWordAtPosition({ lineNumber: line, column });
  const endColumn = word ? Math.max(word.endColumn, column + 1) : Math.max(column + 1, model.getLineMaxColumn(line));
  monaco.editor.setModelMarkers(model, OWNER, [{
    severity: monaco.MarkerSeverity.Error,
    message: `${error.name}: ${error.message}`,
    startLineNumber: line,
    startColumn: column,
    endLineNumber: line,
    endColumn,
    source: 'taskline run',
  }]);
}

export function clearRunError(monaco: typeof Monaco, model: Monaco.editor.ITextModel): void {
  monaco.editor.setModelMarkers(model, OWNER, []);
}
