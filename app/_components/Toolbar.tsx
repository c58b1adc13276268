'use client';
// The top bar: the name (a link home), the page's actions, and the end slot (menus, theme toggle).
import type { ReactNode } from 'react';

interface Props {
  children: ReactNode;
  end: ReactNode;
  /** The name is the page's h1 on the playground; pages with their own h1 (a snippet's title) pass false. */
  brandIsHeading?: boolean;
}

export function Toolbar({ children, end, brandIsHeading = true }: Props) {
  const Name = brandIsHeading ? 'h1' : 'span';
  return (
    <header className="toolbar">
      <div className="toolbar__brand">
        <a href="/" className="toolbar__home" aria-label="Taskline home">
          <svg className="toolbar__logo" viewBox="0 0 20 20" width="20" height="20" aria-hidden="true">
            <rect x="2" y="3" width="9" height="3" rx="1.5" />
            <rect x="6" y="8.5" width="12" height="3" rx="1.5" />
            <rect x="4" y="14" width="6" height="3" rx="1.5" />
          </svg>
          <Name className="toolbar__name">Taskline</Name>
        </a>
        <span className="toolbar__tagline">async TypeScript on a virtual clock</span>
      </div>
      <div className="toolbar__actions">{children}</div>
      <div className="toolbar__end">
        <a href="/classes" className="toolbar__link" data-testid="classroom-link">Classroom</a>
        {end}
      </div>
    </header>
  );
}
