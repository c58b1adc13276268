// The `performance` global on the virtual clock: now(), timeOrigin, toJSON(), and the User Timing
// marks and measures (mark, measure, getEntries*, clearMarks/clearMeasures) printed as Node
// prints them. Entries live until cleared; a flood of them is bounded by the memory limit.
import { ObjectDefineProperty, ObjectFreeze, StringCtor, TypeErrorCtor, safeArray, append } from './intrinsics.ts';
import { S } from './state.ts';

class PerformanceEntry {
  name: string;
  entryType: 'mark' | 'measure';
  startTime: number;
  duration: number;
  detail: unknown;
  constructor(name: string, entryType: 'mark' | 'measure', startTime: number, duration: number, detail: unknown) {
    this.name = name;
    this.entryType = entryType;
    this.startTime = startTime;
    this.duration = duration;
    this.detail = detail;
  }
}
class PerformanceMark extends PerformanceEntry {}
class PerformanceMeasure extends PerformanceEntry {}

let entries = safeArray<PerformanceEntry>();

function filtered(keep: (e: PerformanceEntry) => boolean): PerformanceEntry[] {
  const out: PerformanceEntry[] = [];
  for (let i = 0; i < entries.length; i++) if (keep(entries[i])) ObjectDefineProperty(out, out.length, { value: entries[i], writable: true, enumerable: true, configurable: true });
  return out;
}

function clear(type: string, name: unknown): void {
  const kept = safeArray<PerformanceEntry>();
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if (e.entryType !== type || (name !== undefined && e.name !== StringCtor(name))) append(kept, e);
  }
  entries = kept;
}

/** A mark's time by name (the latest one), or a number; Node throws a DOMException SyntaxError otherwise. */
function timeOf(ref: unknown, makeError: (m: string, n: string) => Error): number {
  if (typeof ref === 'number') return ref;
  const name = StringCtor(ref);
  for (let i = entries.length - 1; i >= 0; i--) if (entries[i].entryType === 'mark' && entries[i].name === name) return entries[i].startTime;
  throw makeError('The "' + name + '" performance mark has not been set', 'SyntaxError');
}

/** DOMExceptionCtor: the web globals' DOMException as the run started (absent in the lean snapshot). */
export function makePerformance(DOMExceptionCtor: (new (m: string, n: string) => Error) | undefined): object {
  const makeError = (m: string, n: string) => DOMExceptionCtor ? new DOMExceptionCtor(m, n) : new TypeErrorCtor(m);
  const api = {
    now: () => S.now,
    toJSON() { return { timeOrigin: S.config.epochMs }; },
    mark(name: unknown, options?: { startTime?: number; detail?: unknown }) {
      const m = new PerformanceMark(StringCtor(name), 'mark', options?.startTime ?? S.now, 0, options?.detail ?? null);
      append(entries, m);
      return m;
    },
    measure(name: unknown, start?: unknown, end?: unknown) {
      let from = 0, to = S.now, detail: unknown = null;
      if (typeof start === 'object' && start !== null) {
        const o = start as { start?: unknown; end?: unknown; detail?: unknown };
        if (o.start !== undefined) from = timeOf(o.start, makeError);
        if (o.end !== undefined) to = timeOf(o.end, makeError);
        detail = o.detail ?? null;
      } else if (start !== undefined) from = timeOf(start, makeError);
      if (end !== undefined) to = timeOf(end, makeError);
      const m = new PerformanceMeasure(StringCtor(name), 'measure', from, to - from, detail);
      append(entries, m);
      return m;
    },
    getEntries: () => filtered(() => true),
    getEntriesByName: (name: unknown, type?: unknown) => filtered((e) => e.name === StringCtor(name) && (type === undefined || e.entryType === type)),
    getEntriesByType: (type: unknown) => filtered((e) => e.entryType === type),
    clearMarks(name?: unknown) { clear('mark', name); },
    clearMeasures(name?: unknown) { clear('measure', name); },
  };
  const perf = {};
  for (const k in api) ObjectDefineProperty(perf, k, { value: (api as Record<string, unknown>)[k], writable: true, configurable: true });
  ObjectDefineProperty(perf, 'timeOrigin', { get() { return S.config.epochMs; }, configurable: true });
  return ObjectFreeze(perf);
}
