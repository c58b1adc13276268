// Teachers' Markdown as students see it: real Markdown (numbered lists, quotes, code), no raw HTML,
// no script links, and bounded work on hostile input (32,768 "[" took 0.45 s per view).
import { describe, expect, it } from 'vitest';
import { MAX_MARKDOWN_CHARS, renderMarkdown } from './markdown.ts';

/** Median of three renders, in ms (each distinct, so the render cache does not answer). */
function renderMs(source: string): number {
  const times = [0, 1, 2].map((i) => {
    const started = performance.now();
    renderMarkdown(`${source}${' '.repeat(i)}`);
    return performance.now() - started;
  });
  return times.sort((a, b) => a - b)[1]!;
}

describe('markdown', () => {
  it.each([
    ['# Title', '<h1>Title</h1>'],
    ['**bold** and *it* and `a<b`', '<p><strong>bold</strong> and <em>it</em> and <code>a&lt;b</code></p>'],
    ['- one\n- two', '<ul>\n<li>one</li>\n<li>two</li>\n</ul>'],
    ['1. first\n2. second\n3. third', '<ol>\n<li>first</li>\n<li>second</li>\n<li>third</li>\n</ol>'],
    ['> quoted **text**', '<blockquote>\n<p>quoted <strong>text</strong></p>\n</blockquote>'],
    ['```ts\nif (a < b) {}\n```', '<pre><code class="language-ts">if (a &lt; b) {}\n</code></pre>'],
    ['[docs](https://example.com/x)', '<p><a href="https://example.com/x" rel="noopener noreferrer nofollow">docs</a></p>'],
    ['see https://example.com', '<p>see <a href="https://example.com" rel="noopener noreferrer nofollow">https://example.com</a></p>'],
    ['[next](/assignments/1)', '<p><a href="/assignments/1" rel="noopener noreferrer nofollow">next</a></p>'],
  ])('%j', (source, html) => {
    expect(renderMarkdown(source).trim()).toBe(html);
  });

  it.each([
    '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '[x](javascript:alert(1))', '[x](JaVaScRiPt:alert(1))',
    '[x](java\tscript:alert(1))', '[x](data:text/html,<script>alert(1)</script>)', '[x](vbscript:msgbox(1))', '![x](javascript:alert(1))',
    '<a href="javascript:alert(1)">x</a>', '[x](https://a.b/"onmouseover="alert(1))', '<javascript:alert(1)>',
    '[x]: javascript:alert(1)\n\n[y][x]',
  ])('renders %j with no script and no markup of its own', (source) => {
    const html = renderMarkdown(source);
    expect(html).not.toMatch(/<(script|img|iframe)|<[^>]*\son\w+=/i);
    expect(html.match(/href="[^"]*"/g) ?? []).toEqual((html.match(/href="(https?:|\/)[^"]*"/g) ?? []));
    expect(html).not.toMatch(/href="[^"]*(javascript|data|vbscript):/i);
  });

  it.each([
    ['32,768 [', '['.repeat(32_768)],
    ['link openers', '[a]('.repeat(8_000)],
    ['emphasis runs', '*a'.repeat(16_000)],
    ['quote nesting', '>'.repeat(32_768)],
    ['list nesting', Array.from({ length: 2_000 }, (_, i) => `${' '.repeat(i % 200)}- x`).join('\n')],
    ['table pipes', `${'|a'.repeat(16_000)}\n${'|-'.repeat(16_000)}`],
  ])('bounds the work for %s', (_what, source) => {
    // Linear: ~25 ms here for 32 KiB; the quadratic renderer took 450 ms. Generous for a loaded machine.
    expect(renderMs(source)).toBeLessThan(250);
  });

  it('renders no more than MAX_MARKDOWN_CHARS of the source', () => {
    const html = renderMarkdown(`${'a'.repeat(MAX_MARKDOWN_CHARS)}TAIL`);
    expect(html).not.toContain('TAIL');
  });
});
