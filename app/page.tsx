// The playground page. The server reads the built-ins' declarations for IntelliSense and streams
// "your snippets" (which reads cookies) in its own Suspense boundary, so the editor never waits.
import { Suspense } from 'react';
import { Playground } from './_components/Playground';
import { RecentSnippets } from './_components/share/RecentSnippets';
import { cachedBuiltinsDts } from './_lib/cached-builtins-dts';

export default async function HomePage() {
  return (
    <Playground
      builtinsDts={await cachedBuiltinsDts()}
      recent={<Suspense fallback={null}><RecentSnippets /></Suspense>}
    />
  );
}
