// One "app instance" for the cross-process rate-limit test: its own process and Prisma client on
// the database URL given, firing `hits` concurrent runs from one address at the run budget, then
// printing how many were admitted (an anonymous request: its address is its key). Usage: node hit-budget.ts <database-url> <address> <hits> <nowMs>
import { createDb } from '../../db/client.ts';
import { parseDatabaseUrl } from '../../db/database-url.ts';
import { projectRoot } from '../../env.ts';
import { ApiError } from '../../api-error.ts';
import { enforceRateLimit } from '../enforce.ts';
import { clientAddressKey } from '../address.ts';

const [url, address, hits, nowMs] = process.argv.slice(2);
const db = createDb(parseDatabaseUrl(url!, projectRoot()));
const request = () => new Request('http://localhost/api/run', { method: 'POST', headers: { 'x-forwarded-for': address! } });
const admitted = await Promise.all(
  Array.from({ length: Number(hits) }, () =>
    enforceRateLimit(db, { kind: 'address', id: clientAddressKey(request()) }, ['run'], Number(nowMs)).then(
      () => 1,
      (error: unknown) => (error instanceof ApiError && error.status === 429 ? 0 : Promise.reject(error)),
    ),
  ),
);
await db.$disconnect();
console.log(admitted.reduce((sum, one) => sum + one, 0));
