// Which budget a request draws on: its user with a valid session, else its address (IPv6 by /64),
// never a user named by an expired or made-up session cookie.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase, type TestDatabase } from '../db/test-support/test-databases.ts';
import { createUser } from '../db/users.ts';
import { createSession } from '../db/sessions.ts';
import { hashSessionToken, newSessionToken } from './session-token.ts';
import { SESSION_COOKIE } from './cookies.ts';
import { clientKeyFor } from './identify.ts';

const request = (headers: Record<string, string>) => new Request('http://localhost/api/run', { method: 'POST', headers });

describe('clientKeyFor', () => {
  let t: TestDatabase;
  let userId: string;
  let valid: string;
  let expired: string;
  beforeAll(async () => {
    t = await openTestDatabase('sqlite');
    userId = (await createUser(t.db, { username: 'frank', role: 'student', passwordHash: 'x' }))!.id;
    valid = newSessionToken();
    expired = newSessionToken();
    await createSession(t.db, { userId, tokenHash: hashSessionToken(valid), expiresAt: new Date(Date.now() + 60_000) });
    await createSession(t.db, { userId, tokenHash: hashSessionToken(expired), expiresAt: new Date(Date.now() - 1) });
  }, 60_000);
  afterAll(async () => t?.drop());

  it('is the user for a valid session, with the address its budgets are also held to', async () => {
    const key = await clientKeyFor(t.db, request({ cookie: `${SESSION_COOKIE}=${valid}`, 'x-forwarded-for': '192.0.2.9' }));
    expect(key).toEqual({ kind: 'user', id: userId, address: '192.0.2.9' });
  });

  it.each([
    ['an expired session', () => `${SESSION_COOKIE}=${expired}`],
    ['a made-up session', () => `${SESSION_COOKIE}=${newSessionToken()}`],
    ['no session', () => ''],
  ])('is the address for %s', async (_name, cookie) => {
    const key = await clientKeyFor(t.db, request({ cookie: cookie(), 'x-forwarded-for': '192.0.2.9, 10.0.0.1' }));
    expect(key).toEqual({ kind: 'address', id: '192.0.2.9' });
  });

  it('groups IPv6 clients by /64', async () => {
    const a = await clientKeyFor(t.db, request({ 'x-forwarded-for': '2001:db8:5:6::1' }));
    const b = await clientKeyFor(t.db, request({ 'x-forwarded-for': '2001:db8:5:6:aaaa::2' }));
    expect(a).toEqual({ kind: 'address', id: '2001:db8:5:6::/64' });
    expect(b).toEqual(a);
  });
});
