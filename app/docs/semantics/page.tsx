// /docs/semantics: which parts of a program follow Node and which follow CPython's asyncio, and
// how they meet. The playground's asyncio examples link here.
import { semanticsHtml } from './render.ts';
import './docs.css';

export const metadata = { title: 'Node and asyncio semantics — Taskline' };

export default async function SemanticsPage() {
  const html = await semanticsHtml();
  return (
    <main className="docs-page" data-testid="docs-semantics">
      <p><a href="/">← Back to the playground</a></p>
      <article dangerouslySetInnerHTML={{ __html: html }} />
    </main>
  );
}
