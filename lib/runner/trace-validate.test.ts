// The hand-written trace validator accepts exactly what the zod schema accepts: every field of
// every event kind is swapped for each of a set of edge values (bounds, wrong types, other enums).
import { describe, expect, it } from 'vitest';
import { TraceEventSchema } from './trace-schema.ts';
import { isValidTraceEvent } from './trace-validate.ts';
import { MAX_CONSOLE_BYTES } from './limits.ts';

const error = { name: 'Error', message: 'boom', stack: 'Error: boom\n    at main.js:1:1' };
const VALID: unknown[][] = [
  ['task', 1, 'main', null, 0], ['task', 2, 'callApi', 1, 1000.5],
  ['state', 2, 0, 'running', ''], ['state', 2, 0, 'waiting', 'sleep(3000)'], ['state', 2, 1, 'blocking', 'blockFor(5)'],
  ['settle', 2, 3000, 'fulfilled'], ['settle', 2, 3000, 'rejected'], ['settle', 2, 3000, 'cancelled'],
  ['log', 0, 'stdout', 'hi', 1], ['log', 5, 'stderr', '', null],
  ['warn', 'deadlock', 'stuck', null], ['warn', 'unhandled-rejection', 'x', 3],
  ['harness', 3000], ['harness', 0],
  ['end', 'ok', 3000, null], ['end', 'error', 0, error], ['end', 'deadlock', 1, null], ['end', 'limit', 2, null],
];

const EDGE_VALUES: unknown[] = [
  null, undefined, true, 0, -0, 1, -1, 1.5, 2 ** 53 - 1, 2 ** 53, 1e308, NaN, Infinity, -Infinity,
  '', 'task', 'state', 'settle', 'log', 'warn', 'harness', 'end', 'running', 'fulfilled', 'stdout', 'deadlock', 'ok', 'truncated', 'limit', 'nope',
  ...[1_000, 10_000, 20_000, MAX_CONSOLE_BYTES].flatMap((n) => ['x'.repeat(n), 'x'.repeat(n + 1)]),
  {}, [], [1], error, { ...error, extra: 1 }, { ...error, name: 'n'.repeat(1_001) }, { ...error, message: 'm'.repeat(10_001) },
  { ...error, stack: 's'.repeat(20_001) }, { name: 'E', message: 'm' }, Object.assign([], error),
];

function variants(): unknown[] {
  const out: unknown[] = [...VALID, 'not an event', null, {}, [], ['task']];
  for (const event of VALID) {
    out.push(event.slice(0, -1), [...event, null]);
    for (let i = 0; i < event.length; i++) {
      for (const v of EDGE_VALUES) out.push(event.map((x, j) => (j === i ? v : x)));
    }
  }
  return out;
}

describe('isValidTraceEvent', () => {
  it('accepts every valid event kind', () => {
    for (const event of VALID) expect(isValidTraceEvent(event), JSON.stringify(event)).toBe(true);
  });

  it('agrees with TraceEventSchema on every variant', () => {
    const all = variants();
    expect(all.length).toBeGreaterThan(3_000);
    let rejected = 0;
    for (const event of all) {
      const zodSays = TraceEventSchema.safeParse(event).success;
      expect(isValidTraceEvent(event), JSON.stringify(event)?.slice(0, 200)).toBe(zodSays);
      if (!zodSays) rejected++;
    }
    expect(rejected).toBeGreaterThan(all.length / 2); // the variants really probe the rules
  });
});
