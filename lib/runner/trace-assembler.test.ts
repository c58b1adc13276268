// The assembler turns untrusted event chunks into a RunResult: spans from state changes, limits
// enforced again on the host side, and the host's verdict taking precedence.
import { describe, expect, it } from 'vitest';
import { TraceAssembler } from './trace-assembler.ts';
import { MAX_CONSOLE_BYTES, MAX_TRACE_EVENTS } from './limits.ts';

const ok = { status: null, wallMs: 1, cpuMs: 1 } as const;
const chunk = (...events: unknown[]) => JSON.stringify(events);

describe('TraceAssembler', () => {
  it('builds spans from state changes and closes them at settlement', () => {
    const a = new TraceAssembler();
    a.addChunk(chunk(['task', 1, 'script', null, 0], ['task', 2, 'callApi', 1, 0], ['state', 2, 0, 'running', '']));
    a.addChunk(chunk(['state', 2, 0, 'waiting', 'sleep(3000)'], ['settle', 1, 0, 'fulfilled']));
    a.addChunk(chunk(['state', 2, 3000, 'running', ''], ['settle', 2, 3000, 'fulfilled'], ['end', 'ok', 3000, null]));
    const result = a.finish(ok);
    expect(result.status).toBe('ok');
    expect(result.virtualMs).toBe(3000);
    const callApi = result.tasks.find((t) => t.name === 'callApi')!;
    expect(callApi).toMatchObject({ parentId: 1, createdAt: 0, settledAt: 3000, state: 'fulfilled' });
    expect(callApi.spans).toEqual([
      { from: 0, to: 0, kind: 'running', detail: '' },
      { from: 0, to: 3000, kind: 'waiting', detail: 'sleep(3000)' },
      { from: 3000, to: 3000, kind: 'running', detail: '' },
    ]);
  });

  it('renames a task on a second task event for its id, keeping its spans', () => {
    const a = new TraceAssembler();
    a.addChunk(chunk(['task', 1, 'script', null, 0], ['task', 2, 'callApi', 1, 0], ['state', 2, 0, 'waiting', 'sleep(10)']));
    a.addChunk(chunk(['task', 2, 'prices', 1, 0], ['settle', 2, 10, 'fulfilled'], ['end', 'ok', 10, null]));
    const [, renamed] = a.finish(ok).tasks;
    expect(renamed).toMatchObject({ id: 2, name: 'prices', parentId: 1, spans: [{ from: 0, to: 10, kind: 'waiting' }] });
  });

  it('closes spans still open when the run ends, at the last virtual time', () => {
    const a = new TraceAssembler();
    a.addChunk(chunk(['task', 1, 'script', null, 0], ['state', 1, 0, 'waiting', 'sleep(500)'], ['log', 250, 'stdout', 'hi', 1]));
    const result = a.finish({ status: 'memory', wallMs: 3, cpuMs: 2 });
    expect(result.status).toBe('memory');
    expect(result.tasks[0]).toMatchObject({ state: 'pending', settledAt: null, spans: [{ from: 0, to: 250, kind: 'waiting' }] });
    expect(result.console).toEqual([{ t: 250, stream: 'stdout', text: 'hi', taskId: 1 }]);
  });

  it('drops chunks that fail validation and refuses to call such a run ok', () => {
    const a = new TraceAssembler();
    a.addChunk('not json');
    a.addChunk(chunk(['task', -1, 'x', null, 0]));
    a.addChunk(chunk({ toString: 'evil' }));
    a.addChunk(chunk(['end', 'ok', 0, null]));
    const result = a.finish(ok);
    expect(result.tasks).toEqual([]);
    expect(result.status).toBe('crash');
  });

  it('reports crash with an explanation when no end event arrived and the host gave no verdict', () => {
    const result = new TraceAssembler().finish(ok);
    expect(result.status).toBe('crash');
    expect(result.error?.message).toMatch(/without reporting/);
  });

  it('maps the scheduler error through the position the worker found', () => {
    const a = new TraceAssembler();
    a.addChunk(chunk(['end', 'error', 10, { name: 'TypeError', message: 'x is not a function', stack: 'TypeError: …\n at main.js:4:3' }]));
    const result = a.finish({ ...ok, errorAt: { line: 3, column: 3 } });
    expect(result.error).toEqual({ name: 'TypeError', message: 'x is not a function', line: 3, column: 3 });
  });

  it('enforces the trace-event limit on the host side too', () => {
    const a = new TraceAssembler(Infinity); // 20,000 tasks are ~2 MB of JSON, past the result limit
    const events = Array.from({ length: MAX_TRACE_EVENTS + 10 }, (_, i) => ['task', i + 1, 'f', null, 0]);
    a.addChunk(JSON.stringify([...events, ['log', 0, 'stdout', 'still shown', null]]));
    const result = a.finish(ok);
    expect(result.stats.events).toBe(MAX_TRACE_EVENTS);
    expect(result.tasks).toHaveLength(MAX_TRACE_EVENTS);
    expect(result.console.map((l) => l.text)).toEqual(['still shown']);
    expect(result.stats.truncated).toBe(true);
  });

  it('enforces the console byte limit on the host side too', () => {
    const a = new TraceAssembler();
    const line = 'y'.repeat(1023);
    a.addChunk(JSON.stringify(Array.from({ length: 300 }, () => ['log', 0, 'stderr', line, null])));
    const result = a.finish(ok);
    expect(result.console.length).toBe(MAX_CONSOLE_BYTES / 1024);
    expect(result.stats.truncated).toBe(true);
  });
});
