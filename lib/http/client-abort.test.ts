// A client that hangs up mid-body is neither a database fault nor our fault: it answers 499 and
// logs nothing (its ECONNRESET used to be logged as "database fault (503)").
import { afterEach, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { CLIENT_CLOSED_REQUEST, readJson } from './read-json.ts';
import { errorResponse } from './errors.ts';

/** A POST whose body stream fails the way Node's does when the socket closes mid-upload. */
function abortedUpload(): Request {
  const body = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode('{"code":"console.log(1)'));
      setTimeout(() => controller.error(Object.assign(new Error('aborted'), { code: 'ECONNRESET' })), 5);
    },
  });
  return new Request('http://localhost/api/run', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

afterEach(() => vi.restoreAllMocks());

describe('client aborts', () => {
  it('answer 499 and are not logged as a database fault or an internal error', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const response = await readJson(abortedUpload(), z.object({ code: z.string() }), 1024).then(
      () => new Response(null, { status: 200 }),
      errorResponse,
    );
    expect(response.status).toBe(CLIENT_CLOSED_REQUEST);
    expect(warn).not.toHaveBeenCalled();
    expect(error).not.toHaveBeenCalled();
  });
});
