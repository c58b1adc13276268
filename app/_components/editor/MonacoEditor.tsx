'use client';
// The Monaco core, loaded lazily by EditorShell: wires the local monaco-editor package (no CDN)
// into @monaco-editor/react, with TypeScript IntelliSense, themes, Ctrl/Cmd+Enter and run markers.
import { useEffect, useRef, useState } from 'react';
import Editor, { loader, type OnMount } from '@monaco-editor/react';
import * as monaco from 'monaco-editor/editor/editor.api.js';
import './monaco-contributions.ts';
import 'monaco-editor/languages/definitions/typescript/register.js';
import { installMonacoEnvironment } from './monaco-environment.ts';
import { configureTypeScriptService } from './typescript-service.ts';
import { defineEditorThemes, EDITOR_THEME } from './editor-themes.ts';
import { clearRunError, showRunError } from './run-error-marker.ts';
import { clearCodeMarks, showCodeMarks } from './code-marks.ts';
import { REVEAL_LINE_EVENT } from './reveal-line.ts';
import type { CodeEditorProps } from './editor-props.ts';

installMonacoEnvironment();
loader.config({ monaco: monaco as never });
defineEditorThemes(monaco);

const MODEL_PATH = 'file:///playground.ts';
// Monaco measures glyphs itself, so it needs a concrete font stack rather than a CSS variable.
const MONO_FONT = "ui-monospace, 'SF Mono', 'Cascadia Code', Menlo, Consolas, 'DejaVu Sans Mono', monospace";

/** A stable empty list, so an absent `marks` prop doesn't re-set markers every render. */
const NO_MARKS: NonNullable<CodeEditorProps['marks']> = [];

export default function MonacoEditor({ code, onChange, onRun, theme, builtinsDts, runError, marks = NO_MARKS, readOnly = false }: CodeEditorProps) {
  const [editor, setEditor] = useState<monaco.editor.IStandaloneCodeEditor | null>(null);
  // Monaco keeps the command closure forever; a ref lets it call the latest onRun.
  const onRunRef = useRef(onRun);
  onRunRef.current = onRun;

  // After the editor is on screen (effects run after onMount's render): IntelliSense may follow typing.
  useEffect(() => { if (editor) configureTypeScriptService(builtinsDts); }, [editor, builtinsDts]);

  useEffect(() => {
    const model = editor?.getModel();
    if (model) showRunError(monaco, model, runError);
  }, [editor, runError]);

  useEffect(() => {
    const model = editor?.getModel();
    if (model) showCodeMarks(monaco, model, marks);
  }, [editor, marks]);

  useEffect(() => {
    if (!editor) return;
    const reveal = (event: Event) => {
      const line = (event as CustomEvent<number>).detail;
      editor.revealLineInCenter(line);
      editor.setSelection({ startLineNumber: line, startColumn: 1, endLineNumber: line, endColumn: editor.getModel()?.getLineMaxColumn(line) ?? 1 });
      editor.focus();
    };
    window.addEventListener(REVEAL_LINE_EVENT, reveal);
    return () => window.removeEventListener(REVEAL_LINE_EVENT, reveal);
  }, [editor]);

  const handleMount: OnMount = (mounted) => {
    const instance = mounted as unknown as monaco.editor.IStandaloneCodeEditor;
    // The model's value at the keypress, not React state: a paste may not have re-rendered yet.
    instance.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter, () => onRunRef.current(instance.getValue()));
    // A run marker describes the code as it was run; once edited it would point at the wrong place.
    instance.onDidChangeModelContent(() => {
      const model = instance.getModel();
      if (model) {
        clearRunError(monaco, model);
        clearCodeMarks(monaco, model);
      }
    });
    instance.getContainerDomNode().closest('[data-editor]')?.setAttribute('data-editor-ready', 'true');
    performance.mark('taskline:editor-ready'); // read by the page bench
    setEditor(instance);
  };

  return (
    <Editor
      path={MODEL_PATH}
      defaultLanguage="typescript"
      value={code}
      onChange={(value) => onChange(value ?? '')}
      onMount={handleMount}
      theme={EDITOR_THEME[theme]}
      loading={null}
      options={{
        fontSize: 14,
        fontFamily: MONO_FONT,
        minimap: { enabled: false },
        scrollBeyondLastLine: false,
        automaticLayout: true,
        tabSize: 2,
        padding: { top: 12 },
        renderLineHighlight: 'line',
        fixedOverflowWidgets: true,
        readOnly,
        readOnlyMessage: { value: 'This is a shared snippet: press "Fork to edit" to change it.' },
        ariaLabel: readOnly
          ? 'TypeScript code, read-only. Press Control+Enter to run it.'
          : 'TypeScript code editor. Press Control+Enter to run, Control+M to let Tab move focus out of the editor.',
      }}
    />
  );
}
