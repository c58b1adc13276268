// Steady load for the PostgreSQL restart scenario: clients that save and read snippets (need the
// database) and clients that run programs (do not), recording every answer with when it started.
import { postJson, request, saveSnippet, snippetContent, type Answer, type SavedSnippet } from './http.ts';
import { sleep } from '../production-server.ts';

/** Pause between one client's requests, in ms: steady, not a flood on two shared cores. */
const CLIENT_PAUSE_MS = 50;

export type RequestKind = 'db' | 'run';

export interface Recorded extends Answer {
  kind: RequestKind;
  /** When the request was sent, in ms since the load began. */
  at: number;
}

export interface Load {
  records: Recorded[];
  /** Every save the server acknowledged (201 with an id). */
  acknowledged: SavedSnippet[];
  /** ms since the load began. */
  now(): number;
  stop(): Promise<void>;
}

export function startLoad(base: string, dbClients: number, runClients: number): Load {
  const began = performance.now();
  const now = () => performance.now() - began;
  const records: Recorded[] = [];
  const acknowledged: SavedSnippet[] = [];
  let stopped = false;
  const timed = async (kind: RequestKind, send: () => Promise<Answer>) => {
    const at = now();
    const answer = await send();
    records.push({ ...answer, kind, at });
    return answer;
  };
  const dbClient = async (c: number) => {
    let last: SavedSnippet | undefined;
    for (let i = 0; !stopped; i++) {
      await timed('db', async () => {
        const result = await saveSnippet(base, snippetContent(c, i));
        if (result.saved) acknowledged.push((last = result.saved));
        return result.answer;
      });
      if (last) await timed('db', () => request(`${base}/api/snippets/${last!.id}`));
      await sleep(CLIENT_PAUSE_MS);
    }
  };
  const runClient = async (c: number) => {
    // Each program differs, so the server's result cache cannot answer it: a sandbox must run it.
    for (let i = 0; !stopped; i++) {
      await timed('run', () => postJson(`${base}/api/run`, { code: `await sleep(100); console.log("client ${c} tick ${i}")` }));
      await sleep(CLIENT_PAUSE_MS);
    }
  };
  const clients = [...Array.from({ length: dbClients }, (_, c) => dbClient(c)), ...Array.from({ length: runClients }, (_, c) => runClient(c))];
  return {
    records,
    acknowledged,
    now,
    async stop() {
      stopped = true;
      await Promise.all(clients);
    },
  };
}
