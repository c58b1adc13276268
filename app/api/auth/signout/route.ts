// POST /api/auth/signout: ends the session in the database and clears the cookie → 204.
import { handler } from '@/lib/http/handler.ts';
import { signOut } from '@/lib/auth/accounts.ts';
import { clearSessionCookieHeader, sessionTokenFrom } from '@/lib/auth/cookies.ts';
import { database } from '@/lib/db/database.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return handler(request, undefined, { origin: 'same-origin', body: 'none' }, async () => {
    const token = sessionTokenFrom(request);
    if (token) await signOut(await database(), token);
    return new Response(null, { status: 204, headers: { 'Set-Cookie': clearSessionCookieHeader() } });
  });
}
