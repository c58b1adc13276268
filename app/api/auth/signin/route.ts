// POST /api/auth/signin {username, password} → 200 {user} with the session cookie; 401 on a wrong
// username or password (the same answer for both); 429 with Retry-After when the client tries too
// often, or after too many failures for one username from one address.
import { handler } from '@/lib/http/handler.ts';
import { ApiError } from '@/lib/api-error.ts';
import { MAX_AUTH_BODY_BYTES, SignInRequest } from '@/lib/api/auth-request.ts';
import { signIn } from '@/lib/auth/accounts.ts';
import { sessionCookieHeader } from '@/lib/auth/cookies.ts';
import { clientAddressKey } from '@/lib/ratelimit/address.ts';
import { failedSignInsError } from '@/lib/ratelimit/sign-in-failures.ts';
import { database } from '@/lib/db/database.ts';
import { enforceRateLimit } from '@/lib/ratelimit/enforce.ts';
import { clientKeyFor } from '@/lib/auth/identify.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return handler(request, undefined, { origin: 'same-origin', body: { schema: SignInRequest, maxBytes: MAX_AUTH_BODY_BYTES } }, async ({ body }) => {
    const credentials = await body();
    const db = await database();
    await enforceRateLimit(db, await clientKeyFor(db, request), ['sign-in']);
    const outcome = await signIn(db, { ...credentials, ip: clientAddressKey(request) });
    if (outcome.kind === 'limited') throw failedSignInsError();
    if (outcome.kind === 'invalid') throw new ApiError(401, 'wrong username or password');
    return Response.json({ user: outcome.user }, { headers: { 'Set-Cookie': sessionCookieHeader(outcome.token) } });
  });
}
