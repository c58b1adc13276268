// What bin/server.ts does to each request's headers before Next.js sees them.
import { describe, expect, it } from 'vitest';
import type { IncomingHttpHeaders } from 'node:http';
import { pinClientAddress } from './forwarded-for.ts';

const spoofed = (): IncomingHttpHeaders => ({ host: 'x', 'x-forwarded-for': '1.2.3.4, 10.0.0.1', 'x-real-ip': '5.6.7.8', forwarded: 'for=9.9.9.9' });

describe('pinClientAddress', () => {
  it('replaces a client-supplied X-Forwarded-For with the connection address and drops the other claims', () => {
    const headers = spoofed();
    pinClientAddress(headers, '198.51.100.20', false);
    expect(headers).toEqual({ host: 'x', 'x-forwarded-for': '198.51.100.20' });
  });

  it('removes the header when the socket has no address, so Next fills it itself', () => {
    const headers = spoofed();
    pinClientAddress(headers, undefined, false);
    expect(headers).toEqual({ host: 'x' });
  });

  it("keeps the proxy's headers when the proxy is trusted", () => {
    const headers = spoofed();
    pinClientAddress(headers, '10.0.0.1', true);
    expect(headers).toEqual(spoofed());
  });
});
