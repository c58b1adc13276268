// Shown instead of a page the signed-in user may not use (a student on a teacher page): says why,
// and offers the way back. The API refuses the same requests.
import type { UserRecord } from '@/lib/db/users.ts';
import { ClassroomPage } from './ClassroomPage.tsx';

export function Refused({ user, reason }: { user: UserRecord; reason: string }) {
  return (
    <ClassroomPage user={user}>
      <section className="card refused" data-testid="access-refused" role="alert">
        <h1>Not allowed</h1>
        <p>{reason.charAt(0).toUpperCase() + reason.slice(1)}.</p>
        <p><a href="/classes">Back to my classes</a></p>
      </section>
    </ClassroomPage>
  );
}
