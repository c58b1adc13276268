// HTTP helpers for fault scenarios: every request has a deadline (a hang is a result, not a stuck
// script) and reports its status, body and duration; plus the snippet save/read calls.

/** Longest any single request may take before it is recorded as a hang, in ms. */
export const REQUEST_DEADLINE_MS = 30_000;
/** Status recorded for a request that got no HTTP answer at all (refused, reset, or hung). */
export const NO_ANSWER = 0;

export interface Answer {
  status: number;
  ms: number;
  body: unknown;
  retryAfter: string | null;
  /** Why there was no answer, for status NO_ANSWER. */
  failure?: string;
}

/** A random address in 10.0.0.0/8, standing for one user among many. */
const randomUserAddress = () => `10.${Math.floor(Math.random() * 256)}.${Math.floor(Math.random() * 256)}.${1 + Math.floor(Math.random() * 254)}`;

export async function request(url: string, init: RequestInit = {}): Promise<Answer> {
  const started = performance.now();
  try {
    const headers = new Headers(init.headers);
    // Every request is its own user (the servers trust x-forwarded-for), so the per-client rate
    // limits, which these scenarios do not test, never answer 429 to their steady load.
    if (!headers.has('x-forwarded-for')) headers.set('x-forwarded-for', randomUserAddress());
    const response = await fetch(url, { ...init, headers, signal: AbortSignal.timeout(REQUEST_DEADLINE_MS) });
    const text = await response.text();
    let body: unknown = text;
    try {
      body = JSON.parse(text);
    } catch {
      // not JSON (an HTML page): keep the text
    }
    return { status: response.status, ms: performance.now() - started, body, retryAfter: response.headers.get('retry-after') };
  } catch (error) {
    return { status: NO_ANSWER, ms: performance.now() - started, body: null, retryAfter: null, failure: String(error) };
  }
}

export function postJson(url: string, body: unknown): Promise<Answer> {
  return request(url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
}

export interface SavedSnippet {
  id: string;
  title: string;
  code: string;
}

/** A snippet whose content says which client and which save it was, so a mix-up shows. */
export function snippetContent(client: number, i: number, padBytes = 0): { title: string; code: string } {
  return { title: `fault c${client} #${i} <b>'"`, code: `// client ${client} save ${i}\nawait sleep(${i});\n${'x'.repeat(padBytes)}` };
}

export async function saveSnippet(base: string, content: { title: string; code: string }): Promise<{ answer: Answer; saved?: SavedSnippet }> {
  const answer = await postJson(`${base}/api/snippets`, content);
  const id = (answer.body as { id?: unknown } | null)?.id;
  if (answer.status === 201 && typeof id === 'string') return { answer, saved: { id, ...content } };
  return { answer };
}

/** Whether the server returns the snippet with exactly the saved title and code. */
export async function readsBackExactly(base: string, saved: SavedSnippet): Promise<boolean> {
  const answer = await request(`${base}/api/snippets/${saved.id}`);
  const snippet = answer.body as { title?: string; code?: string } | null;
  return answer.status === 200 && snippet?.title === saved.title && snippet?.code === saved.code;
}

/** Counts of answers by status, as `201×40 503×12`. */
export function statusCounts(answers: Answer[]): string {
  const counts = new Map<number, number>();
  for (const a of answers) counts.set(a.status, (counts.get(a.status) ?? 0) + 1);
  return [...counts].sort(([a], [b]) => a - b).map(([status, n]) => `${status === NO_ANSWER ? 'none' : status}×${n}`).join(' ') || 'none';
}
