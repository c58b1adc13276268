// Root layout: document shell shared by every page.
import type { ReactNode } from 'react';

export const metadata = {
  title: 'Taskline — see your async code run',
  description: 'Run asynchronous TypeScript on a virtual clock and see its execution flow as a timeline.',
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
