// The preload list for lazily imported components: every script and stylesheet of the route's
// next/dynamic entries, once each, under /_next/ as the chunk loader asks for them.
import { describe, expect, it } from 'vitest';
import { lazyChunkHrefs } from './lazy-chunk-hrefs.ts';

describe('lazyChunkHrefs', () => {
  it('lists the scripts and stylesheets of every dynamic import, each once', () => {
    const manifest = {
      '97672': { files: ['static/chunks/a.js', 'static/chunks/monaco.js', 'static/chunks/editor.css'] },
      '1234': { files: ['static/chunks/a.js', 'static/chunks/other.js'] },
    };
    expect(lazyChunkHrefs(manifest)).toEqual({
      scripts: ['/_next/static/chunks/a.js', '/_next/static/chunks/other.js', '/_next/static/chunks/monaco.js'],
      styles: ['/_next/static/chunks/editor.css'],
    });
  });

  it('puts the asset prefix first and encodes odd file names as the loader does', () => {
    const manifest = { '1': { files: ['static/chunks/[root] x.js', 'static/media/font.woff2'] } };
    expect(lazyChunkHrefs(manifest, 'https://cdn.example')).toEqual({
      scripts: ['https://cdn.example/_next/static/chunks/%5Broot%5D%20x.js'],
      styles: [],
    });
  });

  it('preloads nothing for a page without dynamic imports', () => {
    expect(lazyChunkHrefs({})).toEqual({ scripts: [], styles: [] });
    expect(lazyChunkHrefs(undefined)).toEqual({ scripts: [], styles: [] });
  });
});
