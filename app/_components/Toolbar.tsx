'use client';
// The top bar: name, examples, Run and the theme toggle.
import type { ReactNode } from 'react';

export function Toolbar({ children, end }: { children: ReactNode; end: ReactNode }) {
  return (
    <header className="toolbar">
      <div className="toolbar__brand">
        <span className="toolbar__logo" aria-hidden="true">⧗</span>
        <h1>Taskline</h1>
        <span className="toolbar__tagline">async TypeScript on a virtual clock</span>
      </div>
      <div className="toolbar__actions">{children}</div>
      <div className="toolbar__end">{end}</div>
    </header>
  );
}
