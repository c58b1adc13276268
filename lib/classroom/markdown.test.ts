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

  // Each hostile shape at size n and 4n: linear work grows ~4x, the quadratic renderers this guards
  // against grew ~16x (32,768 "[" took 450 ms against 25 ms). A ratio, not a wall-clock bound, so a
  // loaded machine slows both sides alike; the smaller side is kept above timer resolution.
  it.each([
    ['[', (n: number) => '['.repeat(8 * n)],
    ['link openers', (n: number) => '[a]('.repeat(2 * n)],
    ['emphasis runs', (n: number) => '*a'.repeat(4 * n)],
    ['quote nesting', (n: number) => '>'.repeat(8 * n)],
    ['list nesting', (n: number) => Array.from({ length: n / 2 }, (_, i) => `${' '.repeat(i % 200)}- x`).join('\n')],
    ['table pipes', (n: number) => `${'|a'.repeat(4 * n)}\n${'|-'.repeat(4 * n)}`],
  ])('bounds the work for %s: 4x the input costs well under 16x the time', (_what, source) => {
    const small = Math.max(renderMs(source(1_000)), 0.5);
    const large = renderMs(source(4_000));
    expect(large / small).toBeLessThan(10);
  });

  it('renders no more than MAX_MARKDOWN_CHARS of the source', () => {
    const html = renderMarkdown(`${'a'.repeat(MAX_MARKDOWN_CHARS)}TAIL`);
    expect(html).not.toContain('TAIL');
  });
});
