// Sequential POSTs over one keep-alive connection (node:http, no fetch machinery in the timing):
// the latency of one request at a time, as one user pressing Run sees it.
import http from 'node:http';

export interface HttpTarget {
  url: URL;
  /** The next request's client address (x-forwarded-for) and body. */
  next(): { address: string; body: string };
  /** Throws when the answer is not the expected run. */
  check(status: number, body: string): void;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });

function post(target: HttpTarget): Promise<void> {
  const { address, body } = target.next();
  return new Promise((resolve, reject) => {
    const request = http.request(target.url, {
      method: 'POST', agent,
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), 'x-forwarded-for': address },
    }, (response) => {
      const parts: Buffer[] = [];
      response.on('data', (part: Buffer) => parts.push(part));
      response.on('end', () => {
        try {
          target.check(response.statusCode ?? 0, Buffer.concat(parts).toString('utf8'));
          resolve();
        } catch (error) {
          reject(error as Error);
        }
      });
      response.on('error', reject);
    });
    request.on('error', reject);
    request.end(body);
  });
}

/** Milliseconds per request, `count` requests one after another. */
export async function sequentialLatencies(target: HttpTarget, count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const start = performance.now();
    await post(target);
    samples.push(performance.now() - start);
  }
  return samples;
}
