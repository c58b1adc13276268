// Monaco themes matched to the page's palette so the editor doesn't look pasted in.
import type * as Monaco from 'monaco-editor/editor/editor.api.js';

export const EDITOR_THEME = { light: 'taskline-light', dark: 'taskline-dark' } as const;

export function defineEditorThemes(monaco: typeof Monaco): void {
  monaco.editor.defineTheme(EDITOR_THEME.light, {
    base: 'vs',
    inherit: true,
    rules: [],
    colors: { 'editor.background': '#ffffff', 'editorLineNumber.foreground': '#9aa3b2' },
  });
  monaco.editor.defineTheme(EDITOR_THEME.dark, {
    base: 'vs-dark',
    inherit: true,
    rules: [],
    colors: { 'editor.background': '#15181e', 'editorLineNumber.foreground': '#5b6475' },
  });
}
