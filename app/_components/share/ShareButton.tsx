'use client';
// The playground's Share button: saves the code with a run and copies the /s/<id> link.
export function ShareButton({ sharing, onShare }: { sharing: boolean; onShare(): void }) {
  return (
    <button
      type="button"
      className="tool-button"
      data-testid="share-button"
      aria-busy={sharing}
      disabled={sharing}
      onClick={onShare}
      title="Save this code with its run and copy a link to it"
    >
      {sharing ? 'Sharing…' : 'Share'}
    </button>
  );
}
