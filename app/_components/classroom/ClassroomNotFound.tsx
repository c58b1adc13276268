// The 404 page of classes, assignments and submissions: the same answer whether the thing does
// not exist or belongs to someone else, so nothing leaks.
import '../styles/classroom.css';

export function ClassroomNotFound() {
  return (
    <main className="classroom-main">
      <section className="card refused" data-testid="classroom-not-found">
        <h1>Not found</h1>
        <p>There is nothing here for your account. The link may be mistyped, or it belongs to another class or student.</p>
        <p><a href="/classes">Back to my classes</a></p>
      </section>
    </main>
  );
}
