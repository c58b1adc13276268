// Starts the page's lazily imported client chunks (Monaco's, ~1 MB) from the document head, so
// they download while the shell paints and hydrates instead of after hydration asks for them.
import { preinit, preload } from 'react-dom';
import { workAsyncStorage } from 'next/dist/server/app-render/work-async-storage.external.js';
import { lazyChunkHrefs } from '../_lib/lazy-chunk-hrefs.ts';

/**
 * Next.js preloads a next/dynamic import's chunks only when it renders that import on the server;
 * EditorShell's is `ssr: false` (Monaco needs a DOM), so nothing named them before the client
 * asked. The route's react-loadable manifest, which Next.js has already loaded for this render,
 * lists them by their hashed names, so no name is written down and a rebuild changes nothing here.
 * Scripts are preinitialised (`<script async>` with the request's CSP nonce): a Turbopack chunk
 * only registers its modules when it runs, and the chunk loader reuses a script element already
 * in the document, so Monaco's code is fetched and compiled early but first evaluated when the
 * editor imports it. Stylesheets are only preloaded: applying Monaco's CSS would block first paint.
 */
export function LazyChunkPreloads(): null {
  const store = workAsyncStorage.getStore();
  if (!store) return null;
  const { scripts, styles } = lazyChunkHrefs(store.reactLoadableManifest, store.assetPrefix);
  for (const href of scripts) preinit(href, { as: 'script', nonce: store.nonce });
  for (const href of styles) preload(href, { as: 'style' });
  return null;
}
