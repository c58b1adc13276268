'use client';
// The Share box's embed code: an <iframe> of /embed/<id> at the size the embed is designed for,
// with a Copy button (the text stays selectable when the clipboard is refused).
import { useState } from 'react';
import { copyText } from '../../_lib/copy-text.ts';

/** The embed's designed size, in CSS px: title, status, axis and Run fit without scrolling. */
export const EMBED_WIDTH_PX = 700;
export const EMBED_HEIGHT_PX = 420;

export function embedSnippet(shareUrl: string, title: string): string {
  const url = new URL(shareUrl);
  const src = `${url.origin}/embed/${url.pathname.split('/').pop()}`;
  const safeTitle = title.replace(/[&"<>]/g, (c) => `&#${c.charCodeAt(0)};`);
  return `<iframe src="${src}" width="${EMBED_WIDTH_PX}" height="${EMBED_HEIGHT_PX}" title="${safeTitle}" style="border:1px solid #ccc;border-radius:6px" loading="lazy"></iframe>`;
}

export function EmbedSnippet({ shareUrl, title }: { shareUrl: string; title: string }) {
  const [copied, setCopied] = useState<boolean | null>(null);
  const code = embedSnippet(shareUrl, title);
  return (
    <p className="toast__line embed-snippet">
      <label htmlFor="embed-snippet-code">Embed:</label>
      <input id="embed-snippet-code" className="toast__secret" data-testid="embed-snippet" readOnly value={code} onFocus={(e) => e.currentTarget.select()} />
      <button type="button" className="link-button" data-testid="copy-embed" onClick={async () => setCopied(await copyText(code))}>
        {copied ? 'Copied' : copied === false ? 'Select and copy' : 'Copy'}
      </button>
    </p>
  );
}
