// GET /api/auth/me → {user} for a valid session, 401 otherwise.
import { handler } from '@/lib/http/handler.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function GET(request: Request): Promise<Response> {
  return handler(request, undefined, { identify: 'user' }, async ({ user }) => Response.json({ user }));
}
