// POST /api/run answered by the production server itself (bin/server.ts), without Next.js: the
// route is an API call with no page, and Next's routing, web Request/Response and stream plumbing
// were most of a run's cost on the server's thread (docs/measurements.md, "HTTP path"). Same work
// (runRequested), same statuses, errors and security headers as app/api/run/route.ts.
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import { errorAnswer } from './errors.ts';
import { ClientGoneError, CLIENT_CLOSED_REQUEST } from './read-json.ts';
import { ApiError } from './errors.ts';
import { MAX_RUN_BODY_BYTES, runRequested } from './run-request-handler.ts';
import { API_SOURCE, EVERY_SOURCE, securityHeaderRules } from './security-headers.ts';

export const RUN_PATH = '/api/run';
/** Answers at least this large are gzipped for clients that accept it (Next's threshold too), in bytes. */
export const GZIP_MIN_BYTES = 1024;

const gzipAsync = promisify(gzip);

/** The headers next.config.js gives every /api/ answer (lib/http/security-headers.ts). */
const API_HEADERS: Record<string, string> = Object.fromEntries(
  securityHeaderRules({ dev: false })
    .filter((rule) => rule.source === EVERY_SOURCE || rule.source === API_SOURCE)
    .flatMap((rule) => rule.headers.map((h) => [h.key, h.value])),
);

/** Whether the production server answers this request here rather than through Next. */
export function isRunRequest(req: IncomingMessage): boolean {
  if (req.method !== 'POST' || !req.url?.startsWith(RUN_PATH)) return false;
  const rest = req.url.slice(RUN_PATH.length);
  return rest === '' || rest.startsWith('?');
}

/** The body as UTF-8 text, refused with 413 past `maxBytes` (at once when Content-Length says so). */
export function readBody(req: IncomingMessage, maxBytes: number): Promise<string> {
  const declared = Number(req.headers['content-length'] ?? NaN);
  if (declared > maxBytes) return Promise.reject(new ApiError(413, `request body is ${declared} bytes; the limit is ${maxBytes}`));
  return new Promise((resolve, reject) => {
    const parts: Buffer[] = [];
    let total = 0;
    const onData = (part: Buffer) => {
      total += part.byteLength;
      if (total > maxBytes) {
        req.off('data', onData);
        req.pause();
        return reject(new ApiError(413, `request body exceeds the limit of ${maxBytes} bytes`));
      }
      parts.push(part);
    };
    req.on('data', onData);
    req.once('end', () => resolve(parts.length === 1 ? parts[0]!.toString('utf8') : Buffer.concat(parts).toString('utf8')));
    req.once('aborted', () => reject(new ClientGoneError()));
    req.once('error', () => reject(new ClientGoneError()));
  });
}

/** Node's header object seen as the web Headers the use case reads (only get). */
function headerReader(req: IncomingMessage): Pick<Headers, 'get'> {
  return {
    get(name: string): string | null {
      const value = req.headers[name.toLowerCase()];
      if (value === undefined) return null;
      return Array.isArray(value) ? value.join(', ') : value;
    },
  };
}

function acceptsGzip(req: IncomingMessage): boolean {
  const accepted = req.headers['accept-encoding'];
  return typeof accepted === 'string' && /(^|,)\s*gzip\s*(,|$|;(?!\s*q=0(\.0*)?\s*(,|$)))/i.test(accepted);
}

async function send(req: IncomingMessage, res: ServerResponse, status: number, json: string, extra: Record<string, string> = {}): Promise<void> {
  if (res.destroyed) return;
  const headers: Record<string, string | number> = { ...API_HEADERS, ...extra, vary: 'Accept-Encoding', 'content-type': 'application/json' };
  let body: string | Buffer = json;
  // Large results are compressed off the event loop (zlib's thread pool), small ones are not worth it.
  if (json.length >= GZIP_MIN_BYTES && acceptsGzip(req)) {
    body = await gzipAsync(json);
    headers['content-encoding'] = 'gzip';
  }
  headers['content-length'] = typeof body === 'string' ? Buffer.byteLength(body) : body.byteLength;
  if (res.destroyed) return;
  res.writeHead(status, headers);
  res.end(body);
}

/** Answers POST /api/run; never throws (our own faults are a logged 500, as errorResponse does). */
export async function serveRun(req: IncomingMessage, res: ServerResponse): Promise<void> {
  // The client went away (Stop, closed tab): a run still queued leaves the queue.
  const gone = new AbortController();
  res.once('close', () => {
    if (!res.writableFinished) gone.abort();
  });
  let status = 200;
  let json: string;
  const extra: Record<string, string> = {};
  try {
    const text = await readBody(req, MAX_RUN_BODY_BYTES);
    json = JSON.stringify(await runRequested(text, { headers: headerReader(req) }, gone.signal));
  } catch (error) {
    const answer = errorAnswer(error);
    status = answer.status;
    json = JSON.stringify({ error: answer.message });
    if (answer.retryAfterS !== undefined) extra['retry-after'] = String(answer.retryAfterS);
    // A refused body may still be arriving: answer, then close rather than read the rest.
    if (status === 413) extra.connection = 'close';
    if (status === CLIENT_CLOSED_REQUEST) return void res.destroy();
  }
  await send(req, res, status, json, extra);
}
