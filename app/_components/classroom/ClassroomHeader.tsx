'use client';
// The classroom pages' top bar: the shared Toolbar with "My classes", who is signed in, sign-out
// and the theme toggle.
import type { ReactNode } from 'react';
import { Toolbar } from '../Toolbar.tsx';
import { ThemeToggle } from '../ThemeToggle.tsx';
import { useTheme } from '../../_lib/theme.ts';
import { SignOutButton } from './SignOutButton.tsx';

export interface HeaderUser {
  username: string;
  role: 'teacher' | 'student';
}

export function ClassroomHeader({ user, children }: { user: HeaderUser | null; children?: ReactNode }) {
  const { theme, toggle } = useTheme();
  const end = (
    <>
      {user ? (
        <>
          {/* A long name is cut with an ellipsis on a phone; the title keeps it whole. */}
          <span className="who" data-testid="signed-in-as" title={`${user.username} (${user.role})`}>
            <span className="who__name">{user.username}</span> <span className="who__role">{user.role}</span>
          </span>
          <SignOutButton />
        </>
      ) : (
        <a className="tool-button tool-button--link" href="/signin">Sign in</a>
      )}
      <ThemeToggle theme={theme} onToggle={toggle} />
    </>
  );
  return (
    <Toolbar brandIsHeading={false} end={end}>
      {user && <a className="nav-link" href="/classes" data-testid="nav-classes">My classes</a>}
      {children}
    </Toolbar>
  );
}
