// How a RunResult is stored: JSON text while small (readable with any SQL client), gzip above a
// threshold, because traces near the 20,000-event limit are megabytes of repetitive JSON.
import { createHash } from 'node:crypto';
import { gunzipSync, gzipSync } from 'node:zlib';
import type { RunResult } from '../runner/protocol.ts';

/** Results whose JSON is larger than this are stored gzip-compressed, in bytes. */
export const RESULT_GZIP_THRESHOLD_BYTES = 16 * 1024;

export interface StoredResult {
  resultJson: string | null;
  resultGzip: Uint8Array<ArrayBuffer> | null;
}

export function encodeResult(result: RunResult): StoredResult {
  // JSON.stringify escapes control characters and lone surrogates, so the text is safe for
  // PostgreSQL, which rejects NUL in text columns.
  const json = JSON.stringify(result);
  if (Buffer.byteLength(json, 'utf8') <= RESULT_GZIP_THRESHOLD_BYTES) return { resultJson: json, resultGzip: null };
  return { resultJson: null, resultGzip: new Uint8Array(gzipSync(json)) };
}

export function decodeResult(stored: StoredResult): RunResult {
  if (stored.resultJson !== null) return JSON.parse(stored.resultJson) as RunResult;
  if (stored.resultGzip !== null) return JSON.parse(gunzipSync(stored.resultGzip).toString('utf8')) as RunResult;
  throw new Error('stored run has no result');
}

export function hashCode(code: string): string {
  return createHash('sha256').update(code, 'utf8').digest('hex');
}
