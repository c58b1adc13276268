'use client';
// The top bar: name, examples, Run and the theme toggle.
import type { ReactNode } from 'react';

export function Toolbar({ children, end }: { children: ReactNode; end: ReactNode }) {
  return (
    <header className="toolbar">
      <div className="toolbar__brand">
        <svg className="toolbar__logo" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
          <rect x="2" y="3" width="9" height="3" rx="1.5" />
          <rect x="6" y="8.5" width="12" height="3" rx="1.5" />
          <rect x="4" y="14" width="6" height="3" rx="1.5" />
        </svg>
        <h1>Taskline</h1>
        <span className="toolbar__tagline">async TypeScript on a virtual clock</span>
      </div>
      <div className="toolbar__actions">{children}</div>
      <div className="toolbar__end">{end}</div>
    </header>
  );
}
