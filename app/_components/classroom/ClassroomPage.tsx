// The frame of every classroom page except the full-height workspaces: header, then a centred,
// scrolling column. Imports the classroom styles once for all of them.
import type { ReactNode } from 'react';
import type { UserRecord } from '@/lib/db/users.ts';
import { ClassroomHeader } from './ClassroomHeader.tsx';
import '../share/share.css';
import '../styles/classroom.css';

export function ClassroomPage({ user, children, wide = false }: { user: UserRecord | null; children: ReactNode; wide?: boolean }) {
  return (
    <div className="classroom-page">
      <ClassroomHeader user={user && { username: user.username, role: user.role }} />
      <main className={`classroom-main${wide ? ' classroom-main--wide' : ''}`}>{children}</main>
    </div>
  );
}
