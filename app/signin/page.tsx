// /signin: the sign-in form; someone already signed in goes straight on to ?next (or their classes).
import { redirect } from 'next/navigation';
import { AuthForm } from '../_components/classroom/AuthForm.tsx';
import { ClassroomPage } from '../_components/classroom/ClassroomPage.tsx';
import { pageUser } from '../_components/classroom/session-user.ts';
import { safeNext } from '../_components/classroom/safe-next.ts';

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
