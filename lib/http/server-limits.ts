// Connection-level limits of the production server (bin/server.ts), applied before Next.js sees a
// request: timeouts so a slow client cannot hold a socket for minutes (Node's default request
// timeout is 300 s), a cap on one address's open connections, and methods no route answers.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { Socket } from 'node:net';
import { addressKey } from '../ratelimit/address.ts';

/** Time a client has to send the request line and all headers, in ms. */
export const SERVER_HEADERS_TIMEOUT_MS = 10_000;
/** Time a client has to send a whole request, body included, in ms (the largest body is 640 KiB). */
export const SERVER_REQUEST_TIMEOUT_MS = 30_000;
/** How long an idle keep-alive connection stays open, in ms. */
export const SERVER_KEEP_ALIVE_TIMEOUT_MS = 5_000;
/** Open connections one address (IPv6: one /64) may hold; a school NAT of 30 browsers uses ~180. */
export const MAX_CONNECTIONS_PER_ADDRESS = 256;
/** Open connections the whole server accepts; past it new sockets are closed at once. */
export const MAX_SERVER_CONNECTIONS = 8_192;
/** Methods no route answers: TRACE/TRACK echo requests (cross-site tracing), CONNECT tunnels. */
const REFUSED_METHODS = new Set(['TRACE', 'TRACK', 'CONNECT']);

/** How often Node checks the header and request timeouts, in ms (its default, 30 s, would let them overrun). */
export const SERVER_TIMEOUT_CHECK_INTERVAL_MS = 1_000;

export interface ServerLimits {
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
  maxConnectionsPerAddress: number;
}

export const SERVER_LIMITS: ServerLimits = {
  headersTimeoutMs: SERVER_HEADERS_TIMEOUT_MS,
  requestTimeoutMs: SERVER_REQUEST_TIMEOUT_MS,
  keepAliveTimeoutMs: SERVER_KEEP_ALIVE_TIMEOUT_MS,
  maxConnectionsPerAddress: MAX_CONNECTIONS_PER_ADDRESS,
};

/**
 * A node:http server with the timeouts and connection caps set. Behind a trusted proxy every socket
 * is the proxy's, so the per-address cap is the proxy's job there. Tests pass shorter limits.
 */
export function createLimitedServer(options: { trustProxy: boolean; limits?: ServerLimits }): Server {
  const limits = options.limits ?? SERVER_LIMITS;
  const server = createServer({
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: Math.min(SERVER_TIMEOUT_CHECK_INTERVAL_MS, limits.headersTimeoutMs),
  });
  server.maxConnections = MAX_SERVER_CONNECTIONS;
  if (options.trustProxy) return server;
  const open = new Map<string, number>();
  server.on('connection', (socket: Socket) => {
    const key = addressKey(socket.remoteAddress ?? 'unknown');
    const count = (open.get(key) ?? 0) + 1;
    if (count > limits.maxConnectionsPerAddress) {
      socket.destroy();
      return;
    }
    open.set(key, count);
    socket.once('close', () => {
      const left = (open.get(key) ?? 1) - 1;
      if (left > 0) open.set(key, left);
      else open.delete(key);
    });
  });
  return server;
}

/** Answers methods no route serves with 405 (Next.js answered TRACE with a 500); true if it did. */
export function refuseUnservedMethod(req: IncomingMessage, res: ServerResponse): boolean {
  if (!REFUSED_METHODS.has((req.method ?? '').toUpperCase())) return false;
  res.writeHead(405, { allow: 'GET, HEAD, POST, PUT, DELETE, OPTIONS', 'content-type': 'application/json', connection: 'close' });
  res.end(JSON.stringify({ error: `method ${req.method} is not allowed` }));
  return true;
}
