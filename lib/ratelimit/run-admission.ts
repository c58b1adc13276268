// Rate limiting around a run. A run itself needs no database, so when the database is unreachable
// the run goes ahead unlimited (the sandbox pool still shares workers fairly between clients)
// rather than failing along with saves and sign-ins.
import type { Db } from '../db/client.ts';
import { databaseFault } from '../db/prisma-errors.ts';
import { clientAddressKey } from '../auth/rate-limit.ts';
import { fairnessKey, type ClientKey } from './client-key.ts';
import { chargeRunTime, enforceRateLimit } from './enforce.ts';

export interface RunAdmission {
  client: ClientKey;
  /** The sandbox pool's fairness key for this client. */
  fairnessKey: string;
  /** Charges the sandbox time the run used; a no-op when the database was unreachable. */
  charge(wallMs: number): Promise<void>;
}

/** Throws a 429 ApiError when the client's run budget is spent; database faults other than "unavailable" propagate. */
export async function admitRun(openDb: () => Promise<Db>, request: Request): Promise<RunAdmission> {
  let db: Db;
  let client: ClientKey;
  try {
    db = await openDb();
    client = await enforceRateLimit(db, request, ['run']);
  } catch (error) {
    if (databaseFault(error) !== 'unavailable') throw error;
    const address: ClientKey = { kind: 'address', id: clientAddressKey(request) };
    return { client: address, fairnessKey: fairnessKey(address), charge: async () => {} };
  }
  const charge = async (wallMs: number) => {
    try {
      await chargeRunTime(db, client, wallMs);
    } catch (error) {
      if (databaseFault(error) !== 'unavailable') throw error;
    }
  };
  return { client, fairnessKey: fairnessKey(client), charge };
}
