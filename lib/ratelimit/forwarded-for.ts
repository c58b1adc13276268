// Makes X-Forwarded-For trustworthy before Next.js sees a request. Next only fills that header when
// it is absent, so a client talking to the app directly could otherwise pick its own address (and
// rate-limit identity). Behind a trusted proxy (TASKLINE_TRUST_PROXY) the proxy's header stands.
import type { IncomingHttpHeaders } from 'node:http';

/** Headers a client could use to claim another address; x-forwarded-for is replaced, not kept. */
const CLIENT_CLAIMED_ADDRESS_HEADERS = ['x-real-ip', 'forwarded'] as const;

export function pinClientAddress(headers: IncomingHttpHeaders, remoteAddress: string | undefined, trustProxy: boolean): void {
  if (trustProxy) return;
  for (const name of CLIENT_CLAIMED_ADDRESS_HEADERS) delete headers[name];
  if (remoteAddress) headers['x-forwarded-for'] = remoteAddress;
  else delete headers['x-forwarded-for'];
}
