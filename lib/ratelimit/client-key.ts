// Who a request counts against: the signed-in user when it carries a valid session (so classmates
// sharing one school address do not share a budget), else its address (IPv6 by /64; see
// address.ts clientIp, which bin/server.ts makes trustworthy).
import type { Db } from '../db/client.ts';
import { userFromToken } from '../auth/current-user.ts';
import { sessionTokenFrom } from '../auth/cookies.ts';
import { clientAddressKey } from './address.ts';

export interface ClientKey {
  kind: 'user' | 'address';
  /** The user's id, or the address key ("203.0.113.7", "2001:db8:1:2::/64"). */
  id: string;
  /**
   * The address key of a signed-in user's request: accounts are free, so every budget also holds
   * per address (a fresh account from a spent address ran again: ~3,600 runs a minute).
   */
  address?: string;
}

/** The sandbox pool's fairness key for a client: its runs queue together and share its worker cap. */
export const fairnessKey = (client: ClientKey) => `${client.kind}:${client.id}`;

export async function clientKeyFor(db: Db, request: Request): Promise<ClientKey> {
  const user = await userFromToken(db, sessionTokenFrom(request));
  const address = clientAddressKey(request);
  return user ? { kind: 'user', id: user.id, address } : { kind: 'address', id: address };
}
