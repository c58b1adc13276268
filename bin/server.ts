// The production server (`npm start`, bin/start): Next.js through its programmatic API behind a
// plain node:http server, so the client's address is pinned (lib/ratelimit/forwarded-for.ts)
// before Next sees a request; POST /api/run is answered here (lib/http/run-endpoint.ts).
// Usage: NODE_ENV=production node bin/server.ts [-p <port>]
import next from 'next';
import { listenPort, projectRoot, trustProxy } from '../lib/env.ts';
import { pinClientAddress } from '../lib/ratelimit/forwarded-for.ts';
import { createLimitedServer, refuseUnservedMethod } from '../lib/http/server-limits.ts';
import { sharedRunner } from '../lib/runner/shared-pool.ts';
import { isRunRequest, serveRun } from '../lib/http/run-endpoint.ts';
import { startGradingAtBoot } from '../lib/usecases/regrade-boot.ts';
import { database } from '../lib/db/database.ts';

function portFromArgs(args: string[]): number {
  const i = args.findIndex((a) => a === '-p' || a === '--port');
  const value = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--port='))?.slice('--port='.length);
  if (value === undefined) return listenPort();
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`bin/server.ts: bad port ${value}`);
  return port;
}

const port = portFromArgs(process.argv.slice(2));
const trusted = trustProxy();
// Timeouts, per-address connection cap and refused methods: lib/http/server-limits.ts.
const server = createLimitedServer({ trustProxy: trusted });
const app = next({ dev: false, dir: projectRoot(), port, httpServer: server });
const handle = app.getRequestHandler();
// Start the sandbox workers now, not on the first run: they warm up (a throwaway run each) while
// the server boots, so a session's first run answers at once. The routes find this pool on globalThis.
sharedRunner();
// Open the database (client, migration check) now too: every run identifies its caller through it.
// Unreachable now is no failure: the first request that needs it tries again.
database().catch(() => {});
await app.prepare();
// On PostgreSQL this instance works queued regrade jobs from now on (the routes find the queue on
// globalThis), including jobs a killed instance left behind.
await startGradingAtBoot();

server.on('request', (req, res) => {
  if (refuseUnservedMethod(req, res)) return;
  pinClientAddress(req.headers, req.socket.remoteAddress, trusted);
  // POST /api/run, the hot path, skips Next's routing and web-stream plumbing (same answers).
  if (isRunRequest(req)) {
    serveRun(req, res).catch((error: unknown) => {
      console.error('taskline: failed to answer POST /api/run', error);
      if (!res.headersSent) res.statusCode = 500;
      res.end();
    });
    return;
  }
  handle(req, res).catch((error: unknown) => {
    console.error(`taskline: failed to handle ${req.method} ${req.url}`, error);
    if (!res.headersSent) res.statusCode = 500;
    res.end();
  });
});
server.listen(port, () => {
  console.log(`taskline: listening on http://localhost:${port} (${trusted ? 'X-Forwarded-For from the proxy is trusted' : 'client address from the connection'})`);
});

for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.once(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
  });
}
