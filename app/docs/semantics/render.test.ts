// The semantics page renders docs/semantics.md: its sections are there, and raw HTML is not.
import { describe, expect, it } from 'vitest';
import { semanticsHtml } from './render.ts';

describe('/docs/semantics', () => {
  it('renders the two semantics and the seam between them as HTML', async () => {
    const html = await semanticsHtml();
    expect(html).toContain('<h1>Two semantics in one program');
    for (const h of ['What follows Node', "What follows CPython's asyncio", 'Where the two meet (mixed programs)', 'Why']) {
      expect(html).toContain(`<h2>${h}</h2>`);
    }
    expect(html).toContain('<code>asyncio.createTask(job())</code>');
    expect(html).not.toMatch(/<script|<iframe/);
  });
});
