// The playground page. The server reads the built-ins' declarations for IntelliSense and the gallery
// from examples/ (both once per process), and streams "your snippets" (which reads cookies) in its
// own Suspense boundary, so the editor never waits.
import { Suspense } from 'react';
import { Playground } from './_components/Playground.tsx';
import { RecentSnippets } from './_components/share/RecentSnippets.tsx';
import { cachedBuiltinsDts } from './_lib/cached-builtins-dts.ts';
import { DEFAULT_EXAMPLE_ID, loadExamples } from '@/lib/examples/catalog.ts';

export default async function HomePage() {
  return (
    <Playground
      builtinsDts={await cachedBuiltinsDts()}
      examples={loadExamples()}
      defaultExampleId={DEFAULT_EXAMPLE_ID}
      recent={<Suspense fallback={null}><RecentSnippets /></Suspense>}
    />
  );
}
