// Rendered instructions: the safe renderer escapes every character before recognising its small
// Markdown subset, so the HTML it returns carries no markup the author typed.
import { renderMarkdown } from '@/lib/classroom/markdown';

export function MarkdownPreview({ source, html, testId }: { source?: string; html?: string; testId?: string }) {
  const rendered = html ?? renderMarkdown(source ?? '');
  return <div className="markdown" data-testid={testId} dangerouslySetInnerHTML={{ __html: rendered }} />;
}
