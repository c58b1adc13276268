// POST /api/classes/join {code} (student): join a class by its code → 200 {classroom}; 404 for an
// unknown code; 403 for a student the teacher removed.
import { handler } from '@/lib/http/handler.ts';
import { ApiError } from '@/lib/api-error.ts';
import { JoinClassRequest, MAX_CLASSROOM_BODY_BYTES } from '@/lib/api/classroom-request.ts';
import { enforce } from '@/lib/usecases/classroom/access.ts';
import { canJoinClass } from '@/lib/classroom/authorization.ts';
import { joinClassroom } from '@/lib/db/classrooms.ts';
import { enforceRateLimit } from '@/lib/ratelimit/enforce.ts';
import { clientKeyFor } from '@/lib/auth/identify.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return handler(request, undefined, { origin: 'same-origin', identify: 'user', body: { schema: JoinClassRequest, maxBytes: MAX_CLASSROOM_BODY_BYTES } }, async ({ db, user, body }) => {
    enforce(canJoinClass(user, null));
    // Join codes are secrets of a kind: attempts have their own budget (user and address).
    await enforceRateLimit(db, await clientKeyFor(db, request), ['join']);
    const { code } = await body();
    const outcome = await joinClassroom(db, code, user.id);
    if (outcome.kind === 'not-found') throw new ApiError(404, 'no class has that join code');
    if (outcome.kind === 'removed') throw new ApiError(403, 'you were removed from this class; ask the teacher');
    const { joinCode: _code, ...classroom } = outcome.classroom;
    return Response.json({ classroom, joined: outcome.kind === 'joined' });
  });
}
