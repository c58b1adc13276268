// POST /api/explore: every ordering of a program, as one sandbox job under a run's limits and rate
// limits (lib/usecases/explore-for-client.ts). Answers the ExploreReport (lib/runner/explore/report.ts),
// as the CLI's --json prints it; a busy pool is the one 503 every route answers.
import { readJson } from '@/lib/http/read-json.ts';
import { ExploreRequest, MAX_EXPLORE_BODY_BYTES } from '@/lib/api/explore-request.ts';
import { errorResponse } from '@/lib/http/errors.ts';
import { database } from '@/lib/db/database.ts';
import { identify } from '@/lib/auth/identify.ts';
import { exploreOptions } from '@/lib/runner/explore/explore-code.ts';
import { exploreForClient } from '@/lib/usecases/explore-for-client.ts';

export const runtime = 'nodejs';
export const dynamic = 'force-dynamic';

export async function POST(request: Request): Promise<Response> {
  try {
    const { code, ...options } = await readJson(request, ExploreRequest, MAX_EXPLORE_BODY_BYTES);
    const caller = await identify(request, database);
    return Response.json(await exploreForClient(caller, code, exploreOptions(options), request.signal));
  } catch (error) {
    return errorResponse(error);
  }
}
