// Teachers' Markdown for students, rendered by markdown-it: raw HTML is never passed through
// (html: false), links and images may point only at safe schemes, and the work per render is
// bounded by the source's size (markdown-it is linear; the old hand-rolled renderer was quadratic).
import MarkdownIt from 'markdown-it';

/** Longest source rendered, in characters (instructions are capped at 32 KiB when saved). */
export const MAX_MARKDOWN_CHARS = 64 * 1024;
/** Deepest nesting of blocks and inline markup markdown-it builds (its default is 100). */
export const MAX_MARKDOWN_NESTING = 20;
/** Rendered instructions kept, keyed by their source: each student's view would render them again. */
export const MARKDOWN_CACHE_ENTRIES = 64;

/** http(s) and mailto, or a path/anchor on this site; javascript:, data:, vbscript: and the rest are refused. */
const SAFE_LINK = /^(?:https?:|mailto:|\/(?![/\\])|#|\.{0,2}\/)/i;
/** A scheme before the first "/", "?" or "#": a relative link has none. */
const HAS_SCHEME = /^[^/?#]*:/;

const md = new MarkdownIt({ html: false, linkify: true, typographer: false, maxNesting: MAX_MARKDOWN_NESTING });
md.validateLink = (url: string) => {
  const target = url.trim();
  return SAFE_LINK.test(target) || !HAS_SCHEME.test(target);
};
const renderToken = md.renderer.renderToken.bind(md.renderer);
md.renderer.rules.link_open = (tokens, idx, options) => {
  // Links leave the page without telling the target who sent the student or handing it window.opener.
  tokens[idx]!.attrSet('rel', 'noopener noreferrer nofollow');
  return renderToken(tokens, idx, options);
};

const cache = new Map<string, string>();

export function escapeHtml(text: string): string {
  return md.utils.escapeHtml(text);
}

export function renderMarkdown(source: string): string {
  const text = source.length > MAX_MARKDOWN_CHARS ? source.slice(0, MAX_MARKDOWN_CHARS) : source;
  const hit = cache.get(text);
  if (hit !== undefined) return hit;
  const html = md.render(text);
  cache.set(text, html);
  if (cache.size > MARKDOWN_CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  return html;
}
