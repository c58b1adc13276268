// Who is viewing a classroom page (server components only): the session cookie's user, or a
// redirect to sign-in that comes back here afterwards.
import { cookies } from 'next/headers';
import { redirect } from 'next/navigation';
import { SESSION_COOKIE } from '@/lib/auth/cookies.ts';
import { userFromToken } from '@/lib/auth/current-user.ts';
import { database } from '@/lib/db/database.ts';
import type { UserRecord } from '@/lib/db/users.ts';

export async function pageUser(): Promise<UserRecord | null> {
  const token = (await cookies()).get(SESSION_COOKIE)?.value;
  return userFromToken(await database(), token);
}

export async function requirePageUser(here: string): Promise<UserRecord> {
  const user = await pageUser();
  if (!user) redirect(`/signin?next=${encodeURIComponent(here)}`);
  return user;
}
