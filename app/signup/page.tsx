// /signup: create a teacher or student account, signed in at once.
import { redirect } from 'next/navigation';
import { AuthForm } from '../_components/classroom/AuthForm.tsx';
import { ClassroomPage } from '../_components/classroom/ClassroomPage.tsx';
import { pageUser } from '../_components/classroom/session-user.ts';
import { safeNext } from '../_components/classroom/safe-next.ts';

export const metadata = { title: 'Create an account — Taskline' };

export default async function SignUpPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNext((await searchParams).next);
  if (await pageUser()) redirect(next);
  return (
    <ClassroomPage user={null}>
      <AuthForm mode="signup" next={next} />
    </ClassroomPage>
  );
}
