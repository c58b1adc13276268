// POST /api/auth/signup {username, password, role}: creates the account and signs it in →
// 201 {user} with the session cookie; 409 when the username is taken; 429 when one client signs
// up too often.
import { readJson } from '@/lib/http/read-json.ts';
import { ApiError, errorResponse } from '@/lib/http/errors.ts';
import { MAX_AUTH_BODY_BYTES, SignUpRequest } from '@/lib/api/auth-request.ts';
import { requireSameOrigin } from '@/lib/auth/csrf.ts';
import { signUp } from '@/lib/auth/accounts.ts';
import { sessionCookieHeader } from '@/lib/auth/cookies.ts';
import { database } from '@/lib/db/database.ts';
import { enforceRateLimit } from '@/lib/ratelimit/enforce.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  try {
    requireSameOrigin(request);
    const body = await readJson(request, SignUpRequest, MAX_AUTH_BODY_BYTES);
    const db = await database();
    await enforceRateLimit(db, request, ['sign-up']);
    const outcome = await signUp(db, body);
    if (outcome.kind === 'taken') throw new ApiError(409, 'that username is taken');
    return Response.json({ user: outcome.user }, { status: 201, headers: { 'Set-Cookie': sessionCookieHeader(request, outcome.token) } });
  } catch (error) {
    return errorResponse(error);
  }
}
