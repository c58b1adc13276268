// The 404 page for /s/<id> and /embed/<id>: says what is missing and offers a way on.
import './share.css';

export function SnippetNotFound() {
  return (
    <main className="not-found" data-testid="snippet-not-found">
      <h1>Snippet not found</h1>
      <p>No snippet has this link. It may have been mistyped, or the link was cut short when it was pasted.</p>
      <p><a href="/">Open the playground</a></p>
    </main>
  );
}
