// "Your snippets" on the home page (server component): the snippets whose owner cookies this
// browser holds, verified against their hashes. Rendered inside a Suspense boundary, so reading
// cookies and the database never delays the editor.
import { cookies } from 'next/headers';
import { ownerCredentials } from '@/lib/http/snippet-owner.ts';
import { snippetPath } from '@/lib/api/snippet-response.ts';
import { database } from '@/lib/db/database.ts';
import { recentSnippets, type RecentSnippet } from '@/lib/db/recent.ts';
import { shortDate } from '../../_lib/dates.ts';

async function loadRecent(): Promise<RecentSnippet[]> {
  const credentials = ownerCredentials((await cookies()).getAll());
  if (credentials.length === 0) return []; // no cookie, no query: first visits stay cheap
  try {
    return await recentSnippets(await database(), credentials);
  } catch (error) {
    // The playground must work without its database; the list is a convenience.
    console.error('recent snippets unavailable:', error);
    return [];
  }
}

export async function RecentSnippets() {
  const snippets = await loadRecent();
  if (snippets.length === 0) return null;
  return (
    <details className="recent" data-testid="recent-snippets">
      <summary className="tool-button">Your snippets ({snippets.length})</summary>
      <ul className="recent__list" aria-label="Your snippets">
        {snippets.map((snippet) => (
          <li key={snippet.id} className="recent__item" data-testid="recent-snippet">
            <a href={snippetPath(snippet.id)}>
              <span className="recent__title">{snippet.title || 'Untitled snippet'}</span>
              <time className="recent__date" dateTime={snippet.updatedAt.toISOString()}>updated {shortDate(snippet.updatedAt)}</time>
            </a>
          </li>
        ))}
      </ul>
    </details>
  );
}
