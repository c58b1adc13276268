// The sandbox console: Node's formatting, log/info/debug → stdout, warn/error/trace → stderr,
// plus table, dir, assert, count, time (virtual) and group. Each call is one trace 'log' event.
import {
  MapCtor, MapPrototypeDelete, MapPrototypeGet, MapPrototypeSet, NumberPrototypeToFixed,
  StringPrototypeRepeat, replaceAllText, StringCtor, ErrorCtor, StringPrototypeIndexOf, StringPrototypeSlice,
} from './intrinsics.ts';
import { S } from './state.ts';
import { evLog } from './trace.ts';
import { format } from './format.ts';
import { inspect } from './inspect.ts';
import type { InspectOptions } from './inspect-ctx.ts';
import { table } from './table.ts';
import { userFrames } from './inspect-types.ts';
import { nodeTypeError } from './node-errors.ts';
import { showAs } from './native-looks.ts';

const captureStackTrace = (ErrorCtor as any).captureStackTrace as (o: object) => void;
let groupIndent = '';
const counts = new MapCtor<string, number>();
const timers = new MapCtor<string, number>();

function write(stream: 'stdout' | 'stderr', text: string): void {
  if (groupIndent !== '') text = groupIndent + replaceAllText(text, '\n', '\n' + groupIndent);
  evLog(stream, text, S.current);
}

/** console.context(): in Node, V8's inspector console, which never writes to stdout. */
const CONTEXT_KEYS = ['dir', 'dirXml', 'table', 'groupEnd', 'clear', 'count', 'countReset', 'profile', 'profileEnd',
  'debug', 'error', 'info', 'log', 'warn', 'trace', 'group', 'groupCollapsed', 'assert', 'time', 'timeLog', 'timeEnd', 'timeStamp'];

/**
 * Not frozen: in Node, programs may replace console methods; the scheduler never calls them.
 * Node's enumerable keys, in Node's order (Object.keys(console), console.log(console)).
 */
export const sandboxConsole = {
  log(...args: unknown[]) { write('stdout', format(args)); },
  info(...args: unknown[]) { write('stdout', format(args)); },
  debug(...args: unknown[]) { write('stdout', format(args)); },
  warn(...args: unknown[]) { write('stderr', format(args)); },
  error(...args: unknown[]) { write('stderr', format(args)); },
  dir(value: unknown, options?: InspectOptions) { write('stdout', inspect(value, dirOptions(options))); },
  time(label = 'default') { MapPrototypeSet(timers, '' + label, S.now); },
  timeEnd(label = 'default') {
    const start = MapPrototypeGet(timers, '' + label);
    if (start === undefined) return;
    MapPrototypeDelete(timers, '' + label);
    write('stdout', label + ': ' + elapsed(S.now - start));
  },
  timeLog(label = 'default', ...args: unknown[]) {
    const start = MapPrototypeGet(timers, '' + label);
    if (start === undefined) return;
    const extra = args.length > 0 ? ' ' + format(args) : '';
    write('stdout', label + ': ' + elapsed(S.now - start) + extra);
  },
  trace(...args: unknown[]) {
    const err = { stack: '' };
    captureStackTrace(err);
    const frames = userFrames(StringCtor(err.stack));
    const text = 'Trace' + (args.length > 0 ? ': ' + format(args) : '');
    const at = StringPrototypeIndexOf(frames, '\n');
    write('stderr', text + (at === -1 ? '' : StringPrototypeSlice(frames, at)));
  },
  assert(condition: unknown, ...args: unknown[]) {
    if (condition) return;
    write('stderr', args.length > 0 ? 'Assertion failed: ' + format(args) : 'Assertion failed');
  },
  /** Node clears only a terminal; a run's stdout is not one. */
  clear() {},
  count(label = 'default') {
    const n = (MapPrototypeGet(counts, '' + label) || 0) + 1;
    MapPrototypeSet(counts, '' + label, n);
    write('stdout', label + ': ' + n);
  },
  countReset(label = 'default') { MapPrototypeDelete(counts, '' + label); },
  group(...args: unknown[]) {
    if (args.length > 0) write('stdout', format(args));
    groupIndent += '  ';
  },
  groupEnd() { groupIndent = groupIndent.length >= 2 ? StringPrototypeRepeat(' ', groupIndent.length - 2) : ''; },
  table(data: unknown, properties?: string[]) {
    const t = table(data, properties);
    write('stdout', t === null ? format([data]) : t);
  },
  dirxml(...args: unknown[]) { write('stdout', format(args)); },
  groupCollapsed(...args: unknown[]) {
    if (args.length > 0) write('stdout', format(args));
    groupIndent += '  ';
  },
  /** Node's constructor needs writable streams, which a run has none of: it fails as Node's does without them. */
  Console: function Console(_options: unknown) {
    throw nodeTypeError('ERR_CONSOLE_WRITABLE_STREAM', 'Console expects a writable stream instance for stdout', sandboxConsole.Console);
  } as unknown as new (options: unknown) => never,
  // The inspector's: nothing to profile or stamp in a run.
  profile() {},
  profileEnd() {},
  timeStamp() {},
  context(_name?: unknown) {
    const c: Record<string, unknown> = {};
    for (let i = 0; i < CONTEXT_KEYS.length; i++) {
      const key = CONTEXT_KEYS[i];
      const fn = { [key]() {} }[key];
      showAs(fn, 'function ' + key + '() { [native code] }');
      c[key] = fn;
    }
    return c;
  },
  createTask(_name?: unknown) { return { run(fn: () => unknown) { return fn(); } }; },
};

/** console.dir's options over Node's defaults for it: custom inspect functions are not called. */
function dirOptions(options: InspectOptions | undefined): InspectOptions {
  const o: InspectOptions = { customInspect: false };
  if (options === null || typeof options !== 'object') return o;
  const keys = ['depth', 'breakLength', 'showHidden', 'showProxy', 'customInspect', 'maxArrayLength', 'maxStringLength'] as const;
  for (let i = 0; i < keys.length; i++) {
    const v = (options as any)[keys[i]];
    if (v !== undefined) (o as any)[keys[i]] = v;
  }
  return o;
}

/** Node prints console.time durations with 3 decimals under a second, else in seconds. */
function elapsed(ms: number): string {
  return ms < 1000 ? NumberPrototypeToFixed(ms, 3) + 'ms' : NumberPrototypeToFixed(ms / 1000, 3) + 's';
}
