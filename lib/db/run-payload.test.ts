// Stored results: JSON text up to the threshold, gzip above it, identical after decoding.
import { describe, expect, it } from 'vitest';
import { decodeResult, encodeResult, RESULT_GZIP_THRESHOLD_BYTES } from './run-payload.ts';
import type { RunResult } from '../runner/protocol.ts';

const withOutput = (text: string): RunResult => ({
  status: 'ok', virtualMs: 1, console: [{ t: 0, stream: 'stdout', text, taskId: 1 }], tasks: [], warnings: [],
  stats: { wallMs: 1, cpuMs: 1, events: 1, truncated: false },
});

describe('encodeResult', () => {
  it('keeps a small result as JSON text', () => {
    const stored = encodeResult(withOutput('hi'));
    expect(stored.resultGzip).toBeNull();
    expect(decodeResult(stored)).toEqual(withOutput('hi'));
  });

  it('compresses a result over the threshold', () => {
    const big = withOutput('x'.repeat(RESULT_GZIP_THRESHOLD_BYTES));
    const stored = encodeResult(big);
    expect(stored.resultJson).toBeNull();
    expect(stored.resultGzip!.byteLength).toBeLessThan(1024);
    expect(decodeResult(stored)).toEqual(big);
  });

  it('never puts a raw NUL in the text PostgreSQL stores', () => {
    expect(encodeResult(withOutput('a\u0000b')).resultJson).not.toContain('\u0000');
  });
});
