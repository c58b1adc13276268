// /join/<code>: the join link. Signed-out visitors are sent to sign in and back; a student confirms
// with one button (a GET never joins anything, so link previews and prefetches cannot enrol anyone).
// The page does not look the code up: the join API, with its rate limit, is the only oracle.
import { ClassroomPage } from '../../_components/classroom/ClassroomPage.tsx';
import { requirePageUser } from '../../_components/classroom/session-user.ts';
import { JoinByLink } from '../../_components/classroom/JoinByLink.tsx';

export const metadata = { title: 'Join a class — Taskline' };

/** The join API's shape (lib/api/classroom-request.ts); anything else is shown as not a code. */
const CODE = /^[A-Za-z0-9]{8}$/;

export default async function JoinPage({ params }: { params: Promise<{ code: string }> }) {
  const { code } = await params;
  const wellFormed = CODE.test(code);
  const user = await requirePageUser(`/join/${wellFormed ? code : ''}`);
  return (
    <ClassroomPage user={user}>
      <h1 className="page-title">Join a class</h1>
      <section className="card" data-testid="join-page">
        {!wellFormed ? (
          <p className="form-error" role="alert">This is not a join link: join codes are 8 letters and digits.</p>
        ) : user.role !== 'student' ? (
          <p className="muted" data-testid="join-teacher">Only students join classes. Share this link with your students.</p>
        ) : (
          <JoinByLink code={code.toUpperCase()} />
        )}
      </section>
    </ClassroomPage>
  );
}
