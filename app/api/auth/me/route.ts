// GET /api/auth/me → {user} for a valid session, 401 otherwise.
import { errorResponse } from '@/lib/http/errors.ts';
import { requireUser } from '@/lib/auth/current-user.ts';
import { database } from '@/lib/db/database.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  try {
    return Response.json({ user: await requireUser(await database(), request) });
  } catch (error) {
    return errorResponse(error);
  }
}
