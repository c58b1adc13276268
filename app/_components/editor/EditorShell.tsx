'use client';
// The editor as the page sees it: a light placeholder showing the code at once, replaced by the
// Monaco core when its chunk arrives (not in the page's own JS; fetched while the shell paints).
import dynamic from 'next/dynamic';
import type { CodeEditorProps } from './editor-props';

function CodePlaceholder({ code }: { code: string }) {
  // Same font, size and padding as Monaco so the swap doesn't shift anything.
  return (
    <pre className="editor-placeholder" aria-busy="true" aria-label="Loading the code editor">
      {code}
    </pre>
  );
}

let placeholderCode = '';

type MonacoModule = typeof import('./MonacoEditor');
let monacoChunk: Promise<MonacoModule> | undefined;

/** Monaco's chunk, requested once (again after a failed fetch, so a retry can succeed). */
function loadMonaco(): Promise<MonacoModule> {
  if (!monacoChunk) {
    performance.mark('taskline:editor-import'); // the page bench counts JS fetched before this
    monacoChunk = import('./MonacoEditor').catch((error: unknown) => {
      monacoChunk = undefined;
      throw error;
    });
  }
  return monacoChunk;
}

// Preload: request the chunk as soon as this module runs in the browser, while the server-rendered
// shell paints and hydrates, instead of when React first renders the editor after hydration.
if (typeof window !== 'undefined') void loadMonaco().catch(() => { /* the render below asks again */ });

const LazyMonacoEditor = dynamic(loadMonaco, {
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
