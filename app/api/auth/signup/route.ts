// POST /api/auth/signup {username, password, role}: creates the account and signs it in →
// 201 {user} with the session cookie; 409 when the username is taken; 429 when one client signs
// up too often.
import { handler } from '@/lib/http/handler.ts';
import { ApiError } from '@/lib/api-error.ts';
import { MAX_AUTH_BODY_BYTES, SignUpRequest } from '@/lib/api/auth-request.ts';
import { signUp } from '@/lib/auth/accounts.ts';
import { sessionCookieHeader } from '@/lib/auth/cookies.ts';
import { database } from '@/lib/db/database.ts';
import { enforceRateLimit } from '@/lib/ratelimit/enforce.ts';
import { clientKeyFor } from '@/lib/auth/identify.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return handler(request, undefined, { origin: 'same-origin', body: { schema: SignUpRequest, maxBytes: MAX_AUTH_BODY_BYTES } }, async ({ body }) => {
    const account = await body();
    const db = await database();
    await enforceRateLimit(db, await clientKeyFor(db, request), ['sign-up']);
    const outcome = await signUp(db, account);
    if (outcome.kind === 'taken') throw new ApiError(409, 'that username is taken');
    return Response.json({ user: outcome.user }, { status: 201, headers: { 'Set-Cookie': sessionCookieHeader(outcome.token) } });
  });
}
