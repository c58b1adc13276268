// POST /api/auth/signout: ends the session in the database and clears the cookie → 204.
import { errorResponse } from '@/lib/http/errors.ts';
import { refuseBody } from '@/lib/http/read-json.ts';
import { requireSameOrigin } from '@/lib/auth/csrf.ts';
import { signOut } from '@/lib/auth/accounts.ts';
import { clearSessionCookieHeader, sessionTokenFrom } from '@/lib/auth/cookies.ts';
import { database } from '@/lib/db/database.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  try {
    requireSameOrigin(request);
    await refuseBody(request); // takes no body: refuse one rather than stream it unread
    const token = sessionTokenFrom(request);
    if (token) await signOut(await database(), token);
    return new Response(null, { status: 204, headers: { 'Set-Cookie': clearSessionCookieHeader(request) } });
  } catch (error) {
    return errorResponse(error);
  }
}
