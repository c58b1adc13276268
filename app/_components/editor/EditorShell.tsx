'use client';
// The editor as the page sees it: a light placeholder showing the code at once, replaced by the
// Monaco core when its chunk arrives (loaded lazily so little JS is needed before it).
import dynamic from 'next/dynamic';
import type { CodeEditorProps } from './editor-props.ts';

function CodePlaceholder({ code }: { code: string }) {
  // Same font, size and padding as Monaco so the swap doesn't shift anything.
  return (
    <pre className="editor-placeholder" aria-busy="true" aria-label="Loading the code editor">
      {code}
    </pre>
  );
}

let placeholderCode = '';

const LazyMonacoEditor = dynamic(() => {
  performance.mark('taskline:editor-import'); // the page bench counts JS fetched before this
  return import('./MonacoEditor.tsx');
}, {
  ssr: false,
  loading: () => <CodePlaceholder code={placeholderCode} />,
});

export function EditorShell(props: CodeEditorProps) {
  // next/dynamic's loading component gets no props, so hand it the code through module state.
  placeholderCode = props.code;
  return (
    <div className="editor" data-editor>
      <LazyMonacoEditor {...props} />
    </div>
  );
}
