// Rendered instructions: markdown-it with raw HTML off and only safe link schemes
// (lib/classroom/markdown.ts), so the HTML it returns carries no markup the author typed.
import { renderMarkdown } from '@/lib/classroom/markdown.ts';

export function MarkdownPreview({ source, html, testId }: { source?: string; html?: string; testId?: string }) {
  const rendered = html ?? renderMarkdown(source ?? '');
  return <div className="markdown" data-testid={testId} dangerouslySetInnerHTML={{ __html: rendered }} />;
}
