// /classes: the signed-in user's classes (a teacher's own, a student's joined) with "create class"
// or "join with code".
import { database } from '@/lib/db/database.ts';
import { listStudentClassrooms, listTeacherClassrooms } from '@/lib/db/classrooms.ts';
import { ClassroomPage } from '../_components/classroom/ClassroomPage.tsx';
import { ClassActions } from '../_components/classroom/ClassActions.tsx';
import { requirePageUser } from '../_components/classroom/session-user.ts';
import { shortDate } from '../_lib/dates.ts';

export const metadata = { title: 'My classes — Taskline' };

export default async function ClassesPage() {
  const user = await requirePageUser('/classes');
  const db = await database();
  const teacher = user.role === 'teacher';
  const classes = teacher ? await listTeacherClassrooms(db, user.id) : await listStudentClassrooms(db, user.id);
  return (
    <ClassroomPage user={user}>
      <h1 className="page-title">My classes</h1>
      <section className="card" aria-label={teacher ? 'Create a class' : 'Join a class'}>
        <ClassActions role={user.role} />
      </section>
      <section className="card" aria-labelledby="class-list-title">
        <h2 id="class-list-title" className="section-title">{teacher ? 'Classes you teach' : 'Classes you are in'}</h2>
        {classes.length === 0 ? (
          <p className="muted" data-testid="no-classes">{teacher ? 'No classes yet: create your first one above.' : 'No classes yet: join one with a code above.'}</p>
        ) : (
          <ul className="link-list" data-testid="class-list">
            {classes.map((c) => (
              <li key={c.id} data-testid="class-item">
                <a href={`/classes/${c.id}`}>{c.name}</a>
                <span className="muted">
                  {teacher ? <>join code <code>{c.joinCode}</code> · </> : null}created {shortDate(c.createdAt)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
    </ClassroomPage>
  );
}
