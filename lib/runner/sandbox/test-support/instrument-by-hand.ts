// Test helper: builds programs in the exact shape abi.ts says the instrumenter emits, from
// hand-written bodies, and runs them through runInIsolate collecting the trace events.
import { MAX_MACROTASKS } from '../../limits.ts';
import type { SchedulerConfig, TraceEvent } from '../../../scheduler/abi.ts';
import { runInIsolate, type RunInIsolateOutput } from '../run-in-isolate.ts';
import { LOCATION_PROLOGUE } from '../../transpile/location.ts';

/** `__tl_boot(async function (__tl, __tl_t) {\n…body…\n});` — body line N is script line N + 1. */
export function wrapProgram(body: string): string {
  // The first line takes the location register as the instrumenter's prefix does (transpile/location.ts).
  return `__tl_boot(async function (__tl, __tl_t) { ${LOCATION_PROLOGUE}\n${body}\n});`;
}

/** `async function name(params) { body }` as the instrumenter rewrites it. */
export function asyncFn(name: string, params: string, body: string): string {
  return `function ${name}(${params}) { return __tl.task(${JSON.stringify(name)}, async (__tl_t) => { try {\n${body}\n} finally { __tl.exit(__tl_t) } }) }`;
}

/** `await X` as the instrumenter rewrites it (text is X's source, line its user line). */
export function aw(expr: string, line = 0, text = expr): string {
  return `__tl.resumed(__tl_t, await __tl.awaiting(__tl_t, ${expr}, ${JSON.stringify(text.slice(0, 40))}, ${line}))`;
}

export const defaultConfig: SchedulerConfig = {
  seed: 42, epochMs: Date.UTC(2024, 0, 1), maxVirtualMs: 86_400_000, maxEvents: 20_000,
  maxConsoleBytes: 262_144, flushEvery: 512,
};

export interface Run extends RunInIsolateOutput {
  events: TraceEvent[];
  chunks: number;
  /** stdout+stderr lines in order. */
  lines: string[];
  stdout: string[];
  end: Extract<TraceEvent, ['end', ...unknown[]]> | undefined;
  warnings: Extract<TraceEvent, ['warn', ...unknown[]]>[];
}

type Budgets = { cpuMs?: number; wallMs?: number; memoryMb?: number; maxMacrotasks?: number };

export function run(program: string, opts: Partial<SchedulerConfig> & Budgets = {}): Run {
  const events: TraceEvent[] = [];
  let chunks = 0;
  const { cpuMs = 2000, wallMs = 5000, memoryMb = 64, maxMacrotasks = MAX_MACROTASKS, ...config } = opts;
  const out = runInIsolate({ program, config: { ...defaultConfig, ...config }, cpuMs, wallMs, memoryMb, maxMacrotasks }, (chunk) => {
    chunks++;
    events.push(...(JSON.parse(chunk) as TraceEvent[]));
  });
  const logs = events.filter((e) => e[0] === 'log') as Extract<TraceEvent, ['log', ...unknown[]]>[];
  return {
    ...out, events, chunks,
    lines: logs.map((e) => e[3]),
    stdout: logs.filter((e) => e[2] === 'stdout').map((e) => e[3]),
    end: events.find((e) => e[0] === 'end') as Run['end'],
    warnings: events.filter((e) => e[0] === 'warn') as Run['warnings'],
  };
}

/** Per task: name and its spans as "kind@from-to detail" strings, from the event stream. */
export function lanes(events: TraceEvent[]): Map<string, { id: number; parent: number | null; state: string; spans: string[] }> {
  const byId = new Map<number, { name: string; parent: number | null; state: string; spans: string[]; open?: [string, number, string] }>();
  const close = (t: { spans: string[]; open?: [string, number, string] }, at: number) => {
    if (t.open) t.spans.push(`${t.open[0]}@${t.open[1]}-${at}${t.open[2] ? ' ' + t.open[2] : ''}`);
    t.open = undefined;
  };
  let end = 0;
  for (const e of events) {
    if (e[0] === 'task') {
      const prev = byId.get(e[1]);
      if (prev) prev.name = e[2];
      else byId.set(e[1], { name: e[2], parent: e[3], state: 'pending', spans: [] });
    } else if (e[0] === 'state') {
      const t = byId.get(e[1])!;
      close(t, e[2]);
      t.open = [e[3], e[2], e[4]];
    } else if (e[0] === 'settle') {
      const t = byId.get(e[1])!;
      close(t, e[2]);
      t.state = e[3];
    } else if (e[0] === 'end') end = e[2];
  }
  const out = new Map<string, { id: number; parent: number | null; state: string; spans: string[] }>();
  for (const [id, t] of byId) {
    close(t, end);
    let key = t.name;
    for (let n = 2; out.has(key); n++) key = `${t.name}#${n}`;
    out.set(key, { id, parent: t.parent, state: t.state, spans: t.spans });
  }
  return out;
}
