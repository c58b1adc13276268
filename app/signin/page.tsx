// /signin: the sign-in form; someone already signed in goes straight on to ?next (or their classes).
import { redirect } from 'next/navigation';
import { AuthForm } from '../_components/classroom/AuthForm';
import { ClassroomPage } from '../_components/classroom/ClassroomPage';
import { pageUser } from '../_components/classroom/session-user';
import { safeNext } from '../_components/classroom/safe-next';

export const metadata = { title: 'Sign in — Taskline' };

export default async function SignInPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const next = safeNext((await searchParams).next);
  if (await pageUser()) redirect(next);
  return (
    <ClassroomPage user={null}>
      <AuthForm mode="signin" next={next} />
    </ClassroomPage>
  );
}
