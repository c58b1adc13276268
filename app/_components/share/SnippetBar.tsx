'use client';
// The strip under the toolbar: the snippet's title (an input for its owner), where it was forked
// from, and a word on what Run again does for visitors who edited the code.
interface Props {
  title: string;
  isOwner: boolean;
  onTitle(title: string): void;
  forkedFrom: { id: string; title: string } | null;
  forkedFromId: string | null;
  editedByVisitor: boolean;
}

export function SnippetBar({ title, isOwner, onTitle, forkedFrom, forkedFromId, editedByVisitor }: Props) {
  return (
    <div className="snippet-bar">
      {isOwner ? (
        <>
          <h1 className="visually-hidden">{title || 'Untitled snippet'}</h1>
          <input
            className="snippet-bar__input"
            data-testid="snippet-title-input"
            aria-label="Snippet title"
            value={title}
            maxLength={200}
            onChange={(event) => onTitle(event.target.value)}
          />
        </>
      ) : (
        <h1 className="snippet-bar__title" data-testid="snippet-title">{title || 'Untitled snippet'}</h1>
      )}
      {forkedFromId && (
        <span className="snippet-bar__meta" data-testid="forked-from">
          forked from <a href={`/s/${forkedFromId}`}>{forkedFrom ? forkedFrom.title || 'Untitled snippet' : `/s/${forkedFromId}`}</a>
        </span>
      )}
      <span className="snippet-bar__meta" data-testid="access-note">{isOwner ? 'You own this snippet: Save keeps your changes.' : 'Read-only: press Fork to edit to get your own copy, with this run.'}</span>
      {editedByVisitor && <span className="snippet-bar__note" data-testid="visitor-edit-note">Run again runs the saved code; fork to run your changes.</span>}
    </div>
  );
}
