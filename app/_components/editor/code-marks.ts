// Puts a run's located warnings and insights on the editor as markers (a second owner beside the
// run error), so a deadlock, a missing await or a serializing await is underlined where it is.
import type * as Monaco from 'monaco-editor/editor/editor.api.js';
import type { CodeMark } from '@/lib/insights/index.ts';

const OWNER = 'taskline-insights';

export function showCodeMarks(monaco: typeof Monaco, model: Monaco.editor.ITextModel, marks: readonly CodeMark[]): void {
  monaco.editor.setModelMarkers(model, OWNER, marks.filter((mark) => mark.line <= model.getLineCount()).map((mark) => ({
    severity: mark.severity === 'warning' ? monaco.MarkerSeverity.Warning : monaco.MarkerSeverity.Info,
    message: mark.message,
    startLineNumber: mark.line,
    startColumn: model.getLineFirstNonWhitespaceColumn(mark.line) || 1,
    endLineNumber: mark.line,
    endColumn: model.getLineMaxColumn(mark.line),
    source: 'taskline insight',
  })));
}

export function clearCodeMarks(monaco: typeof Monaco, model: Monaco.editor.ITextModel): void {
  monaco.editor.setModelMarkers(model, OWNER, []);
}
