// Tells Monaco where its web workers come from: bundled by our own build (Turbopack follows
// `new Worker(new URL(…, import.meta.url))`), so nothing is fetched from a CDN.
type WorkerFactory = { getWorker(workerId: string, label: string): Worker };

export function installMonacoEnvironment(): void {
  const target = globalThis as typeof globalThis & { MonacoEnvironment?: WorkerFactory };
  if (target.MonacoEnvironment) return;
  target.MonacoEnvironment = {
    getWorker(_workerId, label) {
      // The TypeScript worker serves both TS and JS models; everything else (diffs, links,
      // word ranges) runs in the generic editor worker.
      if (label === 'typescript' || label === 'javascript') {
        return new Worker(new URL('./workers/ts.worker.ts', import.meta.url), { type: 'module', name: label });
      }
      return new Worker(new URL('./workers/editor.worker.ts', import.meta.url), { type: 'module', name: label });
    },
  };
}
