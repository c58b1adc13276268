// Which files to start from the head for a page's lazily imported client components (Monaco, through
// EditorShell's `ssr: false` next/dynamic), read from the route's react-loadable manifest.

/** The route's react-loadable manifest as Next.js hands it to a render: one entry per next/dynamic call. */
export type LoadableManifest = Readonly<Record<string, { readonly files: readonly string[] }>>;

export interface LazyChunkHrefs {
  scripts: string[];
  styles: string[];
}

/**
 * The URLs of every chunk the page's next/dynamic imports load, scripts and stylesheets apart,
 * each once, built the way Turbopack's chunk loader requests them (`<assetPrefix>/_next/<file>`,
 * path segments URI-encoded), so the loader finds the preloaded response and fetches nothing again.
 */
export function lazyChunkHrefs(manifest: LoadableManifest | undefined, assetPrefix = ''): LazyChunkHrefs {
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const entry of Object.values(manifest ?? {})) {
    for (const file of entry.files) {
      const href = `${assetPrefix}/_next/${file.split('/').map(encodeURIComponent).join('/')}`;
      if (file.endsWith('.js')) scripts.add(href);
      else if (file.endsWith('.css')) styles.add(href);
    }
  }
  return { scripts: [...scripts], styles: [...styles] };
}
