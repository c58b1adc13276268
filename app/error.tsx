'use client';
// The page shown when a page fails on the server (say, the database is briefly unreachable): says
// so plainly and offers a retry instead of Next's bare error screen.
import './_components/share/share.css';

export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <main className="not-found" data-testid="page-error" role="alert">
      <h1>This page could not be loaded</h1>
      <p>Something failed on our side, most likely storage that is briefly unavailable. Nothing you saved is lost.</p>
      <p>
        <button type="button" onClick={() => reset()} data-testid="page-error-retry">Try again</button>{' '}
        or <a href="/">open the playground</a>
      </p>
    </main>
  );
}
