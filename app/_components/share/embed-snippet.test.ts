import { describe, expect, it } from 'vitest';
import { embedSnippet } from './EmbedSnippet.tsx';

describe('embedSnippet', () => {
  it('frames /embed/<id> of the share link at 700×420', () => {
    expect(embedSnippet('https://taskline.example/s/AbC123xYz9', 'Two calls')).toBe(
      '<iframe src="https://taskline.example/embed/AbC123xYz9" width="700" height="420" title="Two calls" style="border:1px solid #ccc;border-radius:6px" loading="lazy"></iframe>');
  });

  it('hostile: a title cannot break out of the attribute', () => {
    const code = embedSnippet('https://t.example/s/x', '"><script>alert(1)</script>');
    expect(code).not.toContain('<script>');
    expect(code).toContain('title="&#34;&#62;&#60;script&#62;alert(1)&#60;/script&#62;"');
  });
});
