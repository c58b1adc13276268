// POST /api/explore: every ordering of a program, as one sandbox job under a run's limits and rate
// limits (lib/usecases/explore-for-client.ts). Answers the ExploreReport (lib/runner/explore/report.ts),
// as the CLI's --json prints it; a busy pool is the one 503 every route answers.
import { handler } from '@/lib/http/handler.ts';
import { ExploreRequest, MAX_EXPLORE_BODY_BYTES } from '@/lib/api/explore-request.ts';
import { exploreOptions } from '@/lib/runner/explore/explore-code.ts';
import { exploreForClient } from '@/lib/usecases/explore-for-client.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  return handler(request, undefined, { body: { schema: ExploreRequest, maxBytes: MAX_EXPLORE_BODY_BYTES }, identify: 'caller' }, async ({ caller, body }) => {
    const { code, ...options } = await body();
    return Response.json(await exploreForClient(caller, code, exploreOptions(options), request.signal));
  });
}
