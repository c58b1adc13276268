// Turns a client address into its rate-limit identity. IPv6 is grouped by /64: one home or phone
// usually gets a whole /64, so per-address limits would otherwise be dodged by rotating its low bits.
import { isIPv4, isIPv6 } from 'node:net';

/** Leading 16-bit groups of an IPv6 address that identify one client (a /64). */
const IPV6_CLIENT_PREFIX_GROUPS = 4;

/** The eight 16-bit groups of an IPv6 address, or null if it is not one. */
function ipv6Groups(address: string): number[] | null {
  let text = address.replace(/%.*$/, '');
  // An embedded IPv4 tail (::ffff:1.2.3.4) becomes two hex groups.
  const v4 = /(\d+\.\d+\.\d+\.\d+)$/.exec(text);
  if (v4) {
    const [a, b, c, d] = v4[1].split('.').map(Number);
    text = `${text.slice(0, v4.index)}${((a << 8) | b).toString(16)}:${((c << 8) | d).toString(16)}`;
  }
  const [head, tail] = text.split('::');
  const parse = (part: string | undefined) => (part ? part.split(':').map((g) => parseInt(g, 16)) : []);
  const left = parse(head);
  const right = parse(tail);
  const groups = tail === undefined ? left : [...left, ...new Array<number>(8 - left.length - right.length).fill(0), ...right];
  return groups.length === 8 && groups.every((g) => Number.isInteger(g) && g >= 0 && g <= 0xffff) ? groups : null;
}

/**
 * "203.0.113.7" for IPv4 (also when written IPv4-mapped, ::ffff:203.0.113.7), "2001:db8:1:2::/64"
 * for any address in that IPv6 /64, and the trimmed text itself for anything unparseable.
 */
export function addressKey(raw: string): string {
  const address = raw.trim().replace(/^\[(.*)\]$/, '$1');
  if (isIPv4(address)) return address;
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped && isIPv4(mapped[1])) return mapped[1];
  const groups = isIPv6(address) ? ipv6Groups(address) : null;
  if (!groups) return address.toLowerCase();
  return `${groups.slice(0, IPV6_CLIENT_PREFIX_GROUPS).map((g) => g.toString(16)).join(':')}::/64`;
}

/**
 * The client address: the first X-Forwarded-For hop. bin/server.ts makes that header the
 * connection's address, or, with TASKLINE_TRUST_PROXY, leaves the proxy's (which must set, not
 * append to, the header). x-real-ip is a fallback for servers started some other way.
 */
export function clientIp(request: { headers: Pick<Headers, 'get'> }): string {
  const forwarded = request.headers.get('x-forwarded-for')?.split(',')[0]?.trim();
  return forwarded || request.headers.get('x-real-ip')?.trim() || 'unknown';
}

/** The client address as rate limits count it: IPv4 as is, IPv6 by its /64. */
export const clientAddressKey = (request: { headers: Pick<Headers, 'get'> }) => addressKey(clientIp(request));
