// What each resource-exhaustion program (CPU, memory, floods, time limits) must show beyond its status.
import { expect } from 'vitest';
import { MAX_CONSOLE_BYTES, MAX_MACROTASKS, MAX_RESULT_BYTES, MAX_TASK_NAME_CHARS, MAX_TRACE_EVENTS, MAX_VIRTUAL_MS } from '../limits.ts';
import type { RunResult } from '../protocol.ts';
import { type Check, lineOf, named, texts } from './_harness.ts';
import { nodeResourceChecks } from './_checks-node.ts';
import { processChecks } from './_checks-process.ts';

const cpuLimit = (r: RunResult) => {
  expect(r.error?.name).toBe('TimeoutError');
  expect(r.error?.message).toContain('CPU limit');
};
/** Memory limit, or (the race documented in _harness.ts) the CPU/wall limit or the pool's kill while V8 thrashed. */
const memoryLimit = (r: RunResult) => {
  if (r.status === 'memory') expect(r.error?.name).toBe('MemoryError');
  else expect(r.error?.message).toMatch(/CPU limit|wall-clock limit|was stopped/);
};
/**
 * A hash table grown entry by entry: the isolate's limit stops it, or V8 aborts the whole worker
 * process on the table's rehash and the pool names that `memory` too. Either way the line the
 * program printed first is kept or (still buffered in the aborted process) lost, never garbled.
 * A dictionary object can also thrash V8's GC below the limit until its CPU budget is spent
 * (expected.json then allows `timeout`, which must name that limit).
 */
const hashTableBomb = (label: string) => (r: RunResult) => {
  if (r.status === 'memory') {
    expect(r.error?.name).toBe('MemoryError');
    expect(r.error?.message).toMatch(/memory limit of 64 MB|ran out of memory \(64 MB\): the sandbox process was stopped|more than \d+ MB of memory: the sandbox process was stopped/);
  } else {
    expect(r.error?.message).toMatch(/CPU limit|wall-clock limit/);
  }
  expect([[], [label]]).toContainEqual(texts(r));
};
const consoleBytes = (r: RunResult) => r.console.reduce((n, l) => n + Buffer.byteLength(l.text) + 1, 0);
/** Console cut at the limit: a truncation warning, and what was kept fits in it. */
const consoleTruncated = (r: RunResult) => {
  expect(r.stats.truncated).toBe(true);
  expect(r.warnings.some((w) => w.kind === 'truncated' && w.message.includes('Console'))).toBe(true);
  expect(consoleBytes(r)).toBeLessThanOrEqual(MAX_CONSOLE_BYTES);
};
/** A CPU-bound run stopped before the script settled: its task is still pending at time t. */
const scriptPendingAt = (t: number) => (r: RunResult) => {
  expect(r.virtualMs).toBe(t);
  expect(named(r, 'script')).toMatchObject([{ state: 'pending', settledAt: null }]);
};

export const resourceChecks: Record<string, Check> = {
  ...processChecks,
  // ---- result size ----
  'result_bloat.ts': (r) => {
    expect(Buffer.byteLength(JSON.stringify(r))).toBeLessThanOrEqual(MAX_RESULT_BYTES);
    expect(r.stats.truncated).toBe(true);
    expect(r.warnings.some((w) => w.kind === 'truncated' && /result reached its limit/.test(w.message))).toBe(true);
    expect(Math.max(...r.tasks.map((t) => t.name.length))).toBeLessThanOrEqual(MAX_TASK_NAME_CHARS);
    expect(texts(r)).toEqual(['bloated']); // the output survives a cut trace
  },
  // ---- CPU ----
  'infinite_loop.ts': (r) => {
    cpuLimit(r);
    expect(texts(r)).toEqual(['spinning']); // output before the kill is kept
  },
  'await_loop.ts': (r) => {
    cpuLimit(r);
    expect(texts(r)).toEqual(['awaiting forever']);
    expect(r.virtualMs).toBe(0);
  },
  'microtask_loop.ts': (r) => {
    cpuLimit(r);
    expect(texts(r)).toEqual([]);
  },
  'cpu_then_recursion.ts': (r) => {
    cpuLimit(r);
    expect(texts(r)).toEqual(['chaining']); // the 0 ms timer never ran
    expect(r.virtualMs).toBe(0);
  },
  'cpu_async_recursion.ts': (r) => {
    memoryLimit(r);
    expect(texts(r)).toEqual(['recursing']);
    expect(named(r, 'again').length).toBeGreaterThan(100); // the tasks recorded before the kill are kept
    expect(r.virtualMs).toBe(0);
  },
  'cpu_timeout_spin.ts': (r) => {
    cpuLimit(r);
    expect(r.console.map((l) => [l.t, l.text])).toEqual([[1500, 'spinning in a timer']]);
    expect(r.virtualMs).toBe(1500);
  },
  'cpu_interval_spin.ts': (r) => {
    cpuLimit(r);
    expect(r.console.map((l) => [l.t, l.text])).toEqual([[100, 'tick 1'], [200, 'tick 2'], [300, 'tick 3']]);
    expect(r.virtualMs).toBeGreaterThanOrEqual(300);
    expect(r.virtualMs % 100).toBe(0);
  },
  'cpu_console_getter.ts': (r) => {
    cpuLimit(r);
    expect(texts(r)).toEqual(['[Error: boom]', 'stack read true']); // the spin was inside console.log
  },
  'cpu_sort_comparator.ts': (r) => {
    cpuLimit(r);
    expect(texts(r)).toEqual(['sorting']);
    scriptPendingAt(0)(r);
  },
  'cpu_regex_backtracking.ts': (r) => {
    cpuLimit(r); // the regex engine honours the interrupt
    expect(texts(r)).toEqual(['matching']);
  },
  'cpu_json_reviver.ts': (r) => {
    cpuLimit(r);
    expect(texts(r)).toEqual(['parsing']);
  },
  'cpu_for_await_generator.ts': (r) => {
    cpuLimit(r);
    expect(texts(r)).toEqual(['iterating']);
    expect(r.virtualMs).toBe(0);
  },
  'interval_1ms_forever.ts': (r) => {
    expect(r.error).toMatchObject({ name: 'LimitError', message: expect.stringContaining('timer callbacks') });
    expect(r.virtualMs).toBeLessThan(MAX_VIRTUAL_MS);
  },
  // ---- memory ----
  'memory_array.ts': (r) => {
    memoryLimit(r);
    expect(texts(r)).toEqual(['allocating']);
  },
  'memory_doubling.ts': memoryLimit,
  'memory_string_repeat.ts': (r) => {
    memoryLimit(r);
    expect(texts(r)).toEqual(['repeating']);
  },
  'memory_map.ts': (r) => {
    memoryLimit(r);
    expect(texts(r)).toEqual(['mapping']);
  },
  'memory_set.ts': (r) => {
    memoryLimit(r);
    expect(texts(r)).toEqual(['collecting']);
  },
  'memory_map_entries.ts': hashTableBomb('growing a map'),
  'memory_set_entries.ts': hashTableBomb('growing a set'),
  'memory_dictionary_object.ts': hashTableBomb('growing a dictionary'),
  'memory_closures.ts': (r) => {
    memoryLimit(r);
    expect(texts(r)).toEqual(['closing over']);
  },
  'memory_object_graph.ts': (r) => {
    memoryLimit(r);
    expect(texts(r)).toEqual(['building a graph']);
  },
  // Buffers live outside the JS heap: isolated-vm's allocator refuses them past the limit, and the
  // program sees Node's own catchable RangeError at the allocating line.
  'memory_typed_array.ts': (r, f) => {
    expect(r.error).toMatchObject({ name: 'RangeError', message: 'Array buffer allocation failed', line: lineOf(f, 'new Uint8Array(1e9)') });
    expect(texts(r)).toEqual(['allocating 1 GB']);
  },
  'memory_arraybuffer_growth.ts': (r, f) => {
    expect(r.error).toMatchObject({ name: 'RangeError', message: 'Array buffer allocation failed', line: lineOf(f, 'new ArrayBuffer(8') });
  },
  'memory_resizable_buffer.ts': (r, f) => {
    // the copies fill the heap's external memory: refused (RangeError) or the isolate stopped
    if (r.status === 'error') expect(r.error).toMatchObject({ name: 'RangeError', line: lineOf(f, 'b.slice(0)') });
    else expect(r.error?.name).toBe('MemoryError');
    expect(texts(r)).toEqual(['resizing']);
  },
  'timer_flood.ts': (r) => {
    memoryLimit(r);
    expect(texts(r)).toEqual(['scheduling']);
    expect(r.virtualMs).toBe(0);
  },
  // ---- output floods ----
  'output_flood.ts': (r) => {
    consoleTruncated(r);
    expect(r.console[0]?.text).toBe('flood line 0');
    const bytes = consoleBytes(r);
    expect(bytes).toBeGreaterThan(MAX_CONSOLE_BYTES / 2);
    // a prefix, in order, nothing lost in between; the last line keeps the start that fit, marked with …
    const lines = texts(r);
    lines.slice(0, -1).forEach((t, i) => expect(t).toBe(`flood line ${i}`));
    expect(lines.at(-1)!.endsWith('…') ? `flood line ${lines.length - 1}`.startsWith(lines.at(-1)!.slice(0, -1)) : lines.at(-1) === `flood line ${lines.length - 1}`).toBe(true);
  },
  'flood_console_error.ts': (r) => {
    consoleTruncated(r);
    expect(r.console.every((l) => l.stream === 'stderr')).toBe(true);
    texts(r).slice(0, -1).forEach((t, i) => expect(t).toBe(`error line ${i}`));
    expect(consoleBytes(r)).toBeGreaterThan(MAX_CONSOLE_BYTES - 64);
  },
  // the one huge table keeps its start, marked with …; nothing after it is printed
  'flood_console_table.ts': (r) => {
    consoleTruncated(r);
    expect(r.console).toHaveLength(1);
    expect(r.console[0]!.text.startsWith('┌─────────┬')).toBe(true);
    expect(r.console[0]!.text.endsWith('…')).toBe(true);
  },
  'flood_huge_objects.ts': (r) => {
    consoleTruncated(r);
    expect(r.console).toHaveLength(1);
    expect(r.console[0]!.text.startsWith('{\n  key0: 0,\n  key1: 1,')).toBe(true);
  },
  'inspect_deep_chain.ts': (r) => {
    consoleTruncated(r);
    expect(r.error).toBeUndefined();
    expect(texts(r)[0]).toBe('built');
    expect(texts(r)[1]!.startsWith('{\n  next: {\n    next: {')).toBe(true);
  },
  'huge_console_argument.ts': (r) => {
    consoleTruncated(r);
    const [array, huge] = texts(r);
    expect(array).toContain('... 999900 more items'); // like Node, arrays print 100 items
    expect(huge).toMatch(/^z+…$/);
    expect(texts(r)).toHaveLength(2);
  },
  // ---- trace floods ----
  'trace_flood.ts': (r) => {
    expect(r.stats.truncated).toBe(true);
    // the limit counts recorded events; the truncation markers (warnings) always get through
    expect(r.stats.events).toBeLessThanOrEqual(MAX_TRACE_EVENTS + r.warnings.length);
    expect(r.warnings.some((w) => w.kind === 'truncated')).toBe(true);
  },
  'trace_flood_tasks.ts': (r) => {
    expect(texts(r)).toEqual(['sum 799980000']); // console is not cut by the trace limit
    expect(r.stats.truncated).toBe(true);
    expect(r.stats.events).toBeLessThanOrEqual(MAX_TRACE_EVENTS + r.warnings.length);
    // The event limit's warning, and the result limit's when the kept trace also reached it.
    expect(r.warnings.length).toBeGreaterThanOrEqual(1);
    expect(r.warnings.every((w) => w.kind === 'truncated')).toBe(true);
  },
  'trace_deep_promise_chain.ts': (r) => {
    expect(texts(r)).toEqual(['chain end 100000']);
    expect(r.stats.truncated).toBe(false);
    expect(named(r, 'script')).toMatchObject([{ state: 'fulfilled', settledAt: 0 }]);
  },
  'deep_recursion.ts': (r, f) => {
    expect(r.error).toMatchObject({ name: 'RangeError', line: lineOf(f, 'return dive(') });
    expect(texts(r)).toEqual(['diving']);
  },
  // The overflow happens inside the runner's task bookkeeping, so no frame of the program is on the
  // stack: the line is reported unknown (0), never wrong.
  'deep_recursion_async.ts': (r) => {
    expect(r.error).toMatchObject({ name: 'RangeError', message: 'Maximum call stack size exceeded' });
    // The stack runs out wherever it does: in the call (the await's line) or entering dive (its header).
    expect([0, lineOf('deep_recursion_async.ts', 'async function dive'), lineOf('deep_recursion_async.ts', 'await dive(depth + 1)')])
      .toContain(r.error!.line);
    expect(texts(r)).toEqual(['diving async']);
    expect(named(r, 'dive').length).toBeGreaterThan(100);
  },
  // ---- virtual time limits ----
  'interval_1000_forever.ts': (r) => {
    // 86,400 ticks would reach 24 h; the macrotask limit stops it first, at the instant reached.
    expect(r.virtualMs).toBe(MAX_MACROTASKS * 1000);
    expect(r.error?.name).toBe('LimitError');
    expect(r.warnings.map((w) => w.kind)).toContain('limit');
  },
  'block_past_limit.ts': (r) => {
    expect(texts(r)).toEqual(['blocking for 25 hours']);
    expect(r.virtualMs).toBeLessThanOrEqual(MAX_VIRTUAL_MS);
  },
  'block_infinity.ts': (r) => {
    expect(texts(r)).toEqual(['blocking forever']);
    expect(r.virtualMs).toBe(MAX_VIRTUAL_MS);
    expect(r.warnings).toEqual([expect.objectContaining({ kind: 'limit', message: expect.stringContaining('blockFor(Infinity)') })]);
    expect(named(r, 'script')[0]!.spans.at(-1)).toMatchObject({ kind: 'blocking', from: 0, to: MAX_VIRTUAL_MS });
  },
  'block_huge_number.ts': (r) => {
    expect(r.console.map((l) => [l.t, l.text])).toEqual([[10, 'hogging']]);
    expect(r.virtualMs).toBe(MAX_VIRTUAL_MS);
    expect(named(r, 'hog')[0]!.spans.at(-1)).toMatchObject({ kind: 'blocking', from: 10, to: MAX_VIRTUAL_MS });
  },
  'block_weird_values.ts': (r) => {
    expect(r.console.map((l) => [l.t, l.text])).toEqual([[0, 'after weird blocks true 0'], [250, 'after 250 250']]);
    const blocks = named(r, 'script')[0]!.spans.filter((s) => s.kind === 'blocking').map((s) => [s.detail, s.from, s.to]);
    expect(blocks).toEqual([...Array(5).fill(['blockFor(0)', 0, 0]), ['blockFor(250)', 0, 250]]);
  },
  'sleep_weird_values.ts': (r) => {
    expect(r.console.map((l) => [l.t, l.text])).toEqual([[0, 'slept 0'], [5, 'then 5']]);
    const waits = named(r, 'script')[0]!.spans.filter((s) => s.kind === 'waiting').map((s) => s.detail);
    expect(waits).toEqual([...Array(6).fill('sleep(0)'), 'sleep(5)']);
  },
  'sleep_huge.ts': (r) => {
    expect(texts(r)).toEqual(['sleeping for ages']);
    expect(r.virtualMs).toBe(MAX_VIRTUAL_MS);
    expect(r.warnings).toEqual([expect.objectContaining({ kind: 'limit' })]);
  },
  ...nodeResourceChecks,
};
