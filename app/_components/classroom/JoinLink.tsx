'use client';
// The class's join link (/join/<code>) beside the code, with a Copy button. The server renders the
// path; the browser adds its own origin, so the link is right behind any proxy.
import { useEffect, useState } from 'react';
import '../styles/authoring.css';

export function JoinLink({ code }: { code: string }) {
  const path = `/join/${code}`;
  const [url, setUrl] = useState(path);
  const [copied, setCopied] = useState(false);
  useEffect(() => setUrl(`${window.location.origin}${path}`), [path]);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false); // no clipboard permission: the link stays selectable
    }
  };
  return (
    <span className="join-link">
      <a href={path} data-testid="join-link">{url}</a>
      <button type="button" className="tool-button" onClick={copy} data-testid="copy-join-link">{copied ? 'Copied' : 'Copy link'}</button>
    </span>
  );
}
