// Root layout: document shell, global styles, the pre-paint theme script so the page never
// flashes the wrong theme, and the head preloads of lazily imported chunks (Monaco).
import type { ReactNode } from 'react';
import { THEME_BOOT_SCRIPT } from './_lib/theme-boot.ts';
import { LazyChunkPreloads } from './_components/LazyChunkPreloads.tsx';
import './globals.css';
import './_components/styles/layout.css';
import './_components/styles/toolbar.css';
import './_components/styles/editor.css';
import './_components/styles/output.css';
import './_components/styles/timeline.css';

export const metadata = {
  title: 'Taskline — see your async code run',
  description: 'Run asynchronous TypeScript on a virtual clock and see its execution flow as a timeline.',
};

export const viewport = { width: 'device-width', initialScale: 1 };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_BOOT_SCRIPT }} />
        <LazyChunkPreloads />
      </head>
      <body>{children}</body>
    </html>
  );
}
