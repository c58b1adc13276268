// The production server's connection limits on a real socket: TRACE refused with 405 (not 500),
// one address capped at its connections, and a client that never finishes its headers cut off.
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { createLimitedServer, refuseUnservedMethod, SERVER_LIMITS, type ServerLimits } from './server-limits.ts';

let server: Server | undefined;
afterEach(async () => {
  server?.closeAllConnections();
  await new Promise((resolve) => server?.close(resolve));
  server = undefined;
});

async function serve(limits: ServerLimits = SERVER_LIMITS, trustProxy = false): Promise<number> {
  server = createLimitedServer({ trustProxy, limits });
  server.on('request', (req, res) => {
    if (refuseUnservedMethod(req, res)) return;
    res.end('ok');
  });
  await new Promise<void>((resolve) => server!.listen(0, '127.0.0.1', resolve));
  return (server.address() as AddressInfo).port;
}

/** Sends raw bytes and resolves with everything the server wrote before closing. */
function raw(port: number, text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const socket = net.connect(port, '127.0.0.1', () => socket.write(text));
    let got = '';
    socket.on('data', (d) => { got += d.toString(); });
    socket.on('close', () => resolve(got));
    socket.on('error', reject);
  });
}

describe('server limits', () => {
  it('sets named timeouts far below Node\'s 300 s default', async () => {
    await serve();
    expect(server!.headersTimeout).toBe(SERVER_LIMITS.headersTimeoutMs);
    expect(server!.requestTimeout).toBe(SERVER_LIMITS.requestTimeoutMs);
    expect(server!.keepAliveTimeout).toBe(SERVER_LIMITS.keepAliveTimeoutMs);
    expect(SERVER_LIMITS.requestTimeoutMs).toBeLessThanOrEqual(30_000);
  });

  it('answers TRACE with 405 (Next.js answered it 500), and never echoes the request', async () => {
    const port = await serve();
    const reply = await raw(port, 'TRACE /?next=%0a HTTP/1.1\r\nHost: x\r\nCookie: secret\r\nConnection: close\r\n\r\n');
    expect(reply).toMatch(/^HTTP\/1\.1 405 /);
    expect(reply).not.toContain('secret');
  });

  it('never serves CONNECT or the unknown TRACK', async () => {
    const port = await serve();
    for (const line of ['CONNECT evil.example:443', 'TRACK /']) {
      expect(await raw(port, `${line} HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n`)).not.toMatch(/ 200 /);
    }
  });

  it('cuts off a client that never finishes its headers (slowloris)', async () => {
    const port = await serve({ ...SERVER_LIMITS, headersTimeoutMs: 300 });
    const started = performance.now();
    const reply = await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ');
    expect(reply).toMatch(/^HTTP\/1\.1 408 /);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it('caps the open connections of one address, and frees the slot on close', async () => {
    const cap = 5;
    const port = await serve({ ...SERVER_LIMITS, maxConnectionsPerAddress: cap });
    const sockets = await Promise.all(Array.from({ length: cap }, () => new Promise<net.Socket>((resolve) => {
      const s = net.connect(port, '127.0.0.1', () => resolve(s));
    })));
    await new Promise((r) => setTimeout(r, 50));
    expect(await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toBe('');
    sockets[0]!.destroy();
    await new Promise((r) => setTimeout(r, 50));
    expect(await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/ 200 OK/);
    for (const s of sockets) s.destroy();
  });

  it('leaves the per-address cap to a trusted proxy, whose sockets all share one address', async () => {
    const port = await serve({ ...SERVER_LIMITS, maxConnectionsPerAddress: 1 }, true);
    const held = net.connect(port, '127.0.0.1');
    await new Promise((r) => held.once('connect', r));
    expect(await raw(port, 'GET / HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n')).toMatch(/ 200 OK/);
    held.destroy();
  });
});
