// The key a budget is held by: the signed-in user (so classmates sharing one school address do not
// share a budget), else the address (IPv6 by /64; address.ts). lib/auth/identify.ts says which
// key a request is; the limiter and the sandbox pool's fairness only read it.

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
