// docs/semantics.md as HTML for /docs/semantics: our own file, rendered by markdown-it with raw
// HTML off, read once per server process.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import MarkdownIt from 'markdown-it';

const SOURCE = path.join(process.cwd(), 'docs', 'semantics.md');
const markdown = new MarkdownIt({ html: false, linkify: false, typographer: false });
let cached: Promise<string> | null = null;

export function semanticsHtml(): Promise<string> {
  cached ??= readFile(SOURCE, 'utf8').then((text) => markdown.render(text));
  return cached;
}
