// Results are held to MAX_RESULT_BYTES of JSON however the trace is padded (a run produced 7.5 MB):
// long names, details and warnings are clipped, the trace is cut and marked, and the assembler's
// count of the bytes is never below the real size (the result cache trusts it).
import { describe, expect, it } from 'vitest';
import { TraceAssembler } from './trace-assembler.ts';
import { resultBytes } from './result-size.ts';
import { MAX_RESULT_BYTES, MAX_TASK_NAME_CHARS, MAX_WARNING_CHARS, MAX_WARNINGS } from './limits.ts';

const ok = { status: null, wallMs: 1, cpuMs: 1 };
const long = (c: string) => c.repeat(990); // the trace schema allows up to 1,000
const jsonBytes = (value: unknown) => Buffer.byteLength(JSON.stringify(value), 'utf8');

function assemble(events: unknown[][], chunk = 500): TraceAssembler {
  const a = new TraceAssembler();
  for (let i = 0; i < events.length; i += chunk) a.addChunk(JSON.stringify(events.slice(i, i + chunk)));
  return a;
}

describe('result size', () => {
  it('cuts a trace of long-named tasks and long waits at the limit, and says so', () => {
    const events: unknown[][] = [];
    for (let id = 1; id <= 6_000; id++) {
      events.push(['task', id, `${long('n')}${id}`, null, id], ['state', id, id, 'waiting', long('"')], ['settle', id, id + 1, 'fulfilled']);
    }
    const result = assemble(events).finish(ok);
    expect(jsonBytes(result)).toBeLessThanOrEqual(MAX_RESULT_BYTES);
    expect(resultBytes(result)).toBeGreaterThanOrEqual(jsonBytes(result));
    expect(result.stats.truncated).toBe(true);
    expect(result.warnings.at(-1)?.message).toBe(`The trace was cut: the result reached its limit of ${MAX_RESULT_BYTES / 1024} KiB`);
    expect(result.tasks[0]!.name).toHaveLength(MAX_TASK_NAME_CHARS);
    expect(result.tasks[0]!.name.endsWith('…')).toBe(true);
  });

  it('caps warning text and count', () => {
    const events = Array.from({ length: 5_000 }, (_, i) => ['warn', 'unhandled-rejection', `${long('w').repeat(9)}${i}`, i]);
    const result = assemble(events).finish(ok);
    expect(result.warnings).toHaveLength(MAX_WARNINGS + 1);
    expect(result.warnings[0]!.message).toHaveLength(MAX_WARNING_CHARS);
    expect(result.warnings.at(-1)?.message).toMatch(/more warning\(s\) were not kept/);
    expect(jsonBytes(result)).toBeLessThanOrEqual(MAX_RESULT_BYTES);
    expect(resultBytes(result)).toBeGreaterThanOrEqual(jsonBytes(result));
  });

  it('counts console text as JSON escapes it (control characters take six bytes each)', () => {
    const events = Array.from({ length: 200 }, (_, i) => ['log', i, 'stdout', '\u0001'.repeat(1_200), null]);
    const result = assemble(events).finish(ok);
    expect(jsonBytes(result)).toBeLessThanOrEqual(MAX_RESULT_BYTES);
    expect(resultBytes(result)).toBeGreaterThanOrEqual(jsonBytes(result));
  });

  it('leaves an ordinary result whole and counts it closely', () => {
    const events = [['task', 1, 'main', null, 0], ['state', 1, 0, 'waiting', 'sleep(3000)'], ['log', 3000, 'stdout', 'done', 1], ['settle', 1, 3000, 'fulfilled']];
    const result = assemble(events).finish(ok);
    expect(result.stats.truncated).toBe(false);
    expect(resultBytes(result)).toBeGreaterThanOrEqual(jsonBytes(result));
    expect(resultBytes(result)).toBeLessThan(jsonBytes(result) + 600);
  });
});
