// What each escape attempt and each tampering program must show beyond its status.
import { expect } from 'vitest';
import type { RunResult } from '../protocol.ts';
import { MAX_TASK_NAME_CHARS } from '../limits.ts';
import { type Check, benignPartIsTracedCorrectly, lineOf, named, texts } from './_harness.ts';
import { nodeEscapeChecks, nodeTamperChecks } from './_checks-node.ts';

/** No task may exist in the trace but the ones the program really started. */
const onlyScriptTask = (r: RunResult) => expect(r.tasks.map((t) => t.name)).toEqual(['script']);

export const escapeChecks: Record<string, Check> = {
  // ---- constructor chains, Function, eval, import ----
  'escape_this_constructor.ts': (r, f) => {
    // Top-level `this` is undefined, as in Node's module scope: there is no Function to reach at all
    // (globalThis.constructor.constructor, which does exist, is escape_function_constructor's case).
    expect(texts(r)).not.toContain('object');
    expect(r.error).toMatchObject({ name: 'TypeError', message: "Cannot read properties of undefined (reading 'constructor')", line: lineOf(f, 'this.constructor') });
  },
  'escape_function_constructor.ts': (r) => expect(texts(r)).toEqual(['undefined undefined undefined undefined', '[]']),
  'escape_async_constructor.ts': (r) => {
    // process is the sandbox's: its pid is one of the members that throw a TypeError saying so.
    expect(texts(r)).toEqual(['undefined undefined undefined TypeError']);
    onlyScriptTask(r);
  },
  'escape_generator_prototype.ts': (r) => expect(texts(r)).toEqual(['undefined undefined 0', 'undefined']),
  'escape_globalthis_constructor.ts': (r) => expect(texts(r)).toEqual(['true', 'undefined undefined', 'true']),
  // Direct eval sees the enclosing scope; the runner's hooks (the wrapper's parameters) must not be in it.
  'escape_eval_direct.ts': (r) => {
    expect(texts(r)).toEqual(['ReferenceError | ReferenceError | undefined | undefined', 'forging failed: ReferenceError']);
    expect(named(r, 'forged')).toEqual([]);
    onlyScriptTask(r);
    expect(r.warnings).toEqual([]);
  },
  'escape_eval_indirect.ts': (r) => expect(texts(r)).toEqual(['true undefined undefined', '[]']),
  'hooks_via_arguments.ts': (r) => {
    expect(texts(r)).toEqual([expect.not.stringContaining('task')]);
    expect(named(r, 'forged')).toEqual([]);
  },
  'import_fs.ts': (r, f) => expect(r.error?.line).toBe(lineOf(f, "from 'fs'")),
  'dynamic_import.ts': (r, f) => expect(r.error?.line).toBe(lineOf(f, "import('fs')")),
  'escape_import_meta.ts': (r, f) => {
    expect(r.error).toMatchObject({ name: 'CompileError', line: lineOf(f, 'const url = import.meta') });
    expect(texts(r)).toEqual([]); // nothing ran
  },
  'escape_export_from.ts': (r, f) => expect(r.error).toMatchObject({ name: 'CompileError', line: lineOf(f, "from 'child_process'") }),
  'require_fs.ts': (r, f) => {
    expect(r.error).toMatchObject({ name: 'ReferenceError', line: lineOf(f, "require('fs')") });
    expect(texts(r)).toEqual(['before require']);
  },
  // ---- host globals, shared memory, WebAssembly ----
  'typeof_globals.ts': (r) => expect(texts(r)).toEqual([Array(5).fill('undefined').join(' '), Array(3).fill('undefined').join(' ')]),
  'host_globals_probe.ts': (r) => expect(texts(r)).toEqual(['present: [process,setImmediate,structuredClone]', 'undefined undefined']),
  'atomics_wait.ts': (r) => {
    // Atomics/SharedArrayBuffer are gone (ReferenceError); WebAssembly too (TypeError reading .wait of undefined is route 2)
    expect(texts(r)).toEqual(['ReferenceError TypeError ReferenceError ReferenceError ReferenceError']);
    expect(r.stats.wallMs).toBeLessThan(2000); // nothing blocked
  },
  'webassembly.ts': (r) => expect(texts(r)).toEqual(['ReferenceError TypeError ReferenceError ReferenceError']),
  // ---- stack trace hooks ----
  'prepare_stack_trace.ts': (r, f) => {
    expect(r.error).toMatchObject({ name: 'Error', message: 'thrown after prepareStackTrace', line: lineOf(f, "throw new Error('thrown after") });
    expect(texts(r)).toEqual(['hooks reachable: false']);
  },
  'capture_stack_trace.ts': (r) => {
    const [frames, hidden, trace] = texts(r);
    expect(frames).toMatch(/^frames: true, runner frames: \d+$/);
    expect(hidden).toBe('string 0'); // captured, and no setter of the program ran
    expect(trace).toBe('Trace: traced'); // console.trace kept working after captureStackTrace was hijacked
    // with stackTraceLimit 0 the error has no frames: its line is unknown (0), never a wrong one
    expect(r.error).toMatchObject({ name: 'RangeError', message: 'thrown with stackTraceLimit 0', line: 0 });
  },
  'stack_trace_limit_zero.ts': (r) => {
    expect(r.error).toMatchObject({ name: 'TypeError', message: 'thrown without a stack', line: 0, column: 0 });
    expect(texts(r)).toEqual(['no frames']);
  },
  // ---- proxies and hostile values at the runner's boundary ----
  // Like Node, console prints a proxy's target without running any of its traps.
  'proxy_console.ts': (r) => expect(texts(r)).toEqual(['{ a: 1 }', '[ 1, 2, 3 ]', 'still alive']),
  'proxy_runner_objects.ts': (r) => {
    // a proxied Task or sleep promise fails its brand check as a catchable TypeError, like a
    // proxied native promise in Node; proxied asyncio and console work like the originals
    expect(r.console.map((l) => [l.t, l.text])).toEqual([
      [1000, 'b done'], [2000, 'a done'], [2000, 'a await proxied task: TypeError await proxied sleep: TypeError'], [2000, 'true'],
    ]);
    expect(named(r, 'worker').map((w) => [w.settledAt, w.state])).toEqual([[2000, 'fulfilled'], [1000, 'fulfilled']]);
    expect(named(r, 'main')).toMatchObject([{ settledAt: 2000, state: 'fulfilled' }]);
  },
  'throwing_getters.ts': (r) => expect(texts(r)).toEqual(['{ secret: [Getter], plain: 1 }', '2', 'still alive']),
  'throw_hostile_error.ts': (r) => {
    // the thrown proxy is described by its target, as Node's inspect does, with none of its traps run
    expect(r.error).toMatchObject({ name: 'Error', message: 'Uncaught {}' });
    expect(texts(r)).toEqual(['throwing']);
    expect(named(r, 'script')).toMatchObject([{ state: 'rejected' }]);
    expect(r.warnings).toEqual([]); // the runner itself raised nothing
  },
  'throw_huge_error.ts': (r) => {
    // the texts are cut to the result's bounds (name 1,000, message 10,000 chars) instead of breaking it
    expect(r.error!.name).toMatch(/^N{999}…$/);
    expect(r.error!.message).toMatch(/^m{9999}…$/);
    expect(r.error!.line).toBe(lineOf('throw_huge_error.ts', 'throw new Huge('));
    expect(texts(r)).toEqual(['throwing a huge error']);
  },
  'reject_huge_error.ts': (r) => {
    expect(r.error!.name).toBe('TypeError');
    expect(r.error!.message).toMatch(/^r{9999}…$/);
    expect(texts(r)).toEqual(['rejecting']);
  },
  'inspect_custom_hostile.ts': (r) => {
    const lines = texts(r);
    expect(lines.slice(0, 1)).toEqual(['console.log threw: custom inspect threw']);
    expect(lines[1]).toContain('n: 1');
    expect(lines[2]).toBe('before huge');
    expect(lines[3]).toMatch(/^h+…$/);
    expect(lines).toHaveLength(4);
    expect(r.stats.truncated).toBe(true);
  },
  'format_specifiers_hostile.ts': (r) => {
    const lines = texts(r);
    expect(lines.slice(0, 4)).toEqual(['%s', '%d', '%i', '%f'].map((s) => `${s} threw conversion called`));
    expect(lines.at(-1)).toBe('still alive');
    expect(lines).toHaveLength(10);
    expect(lines.at(-2)).toContain('[Circular');
  },
  'long_task_name.ts': (r) => {
    expect(r.console.map((l) => [l.t, l.text])).toEqual([[20, 'total 3'], [20, 'still traced']]);
    const renamed = r.tasks.find((t) => t.name.startsWith('xxx'));
    // Cut to the trace's bound in the isolate (not dropped with its chunk), then to the result's cap.
    expect(renamed?.name).toBe(`${'x'.repeat(MAX_TASK_NAME_CHARS - 1)}…`);
    expect(named(r, 'main')).toMatchObject([{ settledAt: 20, state: 'fulfilled' }]);
    expect(r.stats.truncated).toBe(false);
  },
  ...nodeEscapeChecks,
};

export const tamperChecks: Record<string, Check> = {
  'tamper_array_push.ts': benignPartIsTracedCorrectly,
  'tamper_json.ts': benignPartIsTracedCorrectly,
  'tamper_promise.ts': benignPartIsTracedCorrectly,
  'tamper_console.ts': benignPartIsTracedCorrectly,
  'promise_species.ts': benignPartIsTracedCorrectly,
  'define_scheduler_globals.ts': benignPartIsTracedCorrectly,
  'freeze_everything.ts': benignPartIsTracedCorrectly,
  'tamper_function_call.ts': benignPartIsTracedCorrectly,
  'tamper_object_prototype_setters.ts': benignPartIsTracedCorrectly,
  'tamper_string_methods.ts': benignPartIsTracedCorrectly,
  'tamper_map_set.ts': benignPartIsTracedCorrectly,
  // console's Proxy/promise/iterator tags keep working with their building blocks sabotaged (as in Node)
  'tamper_console_tags.ts': (r) => {
    benignPartIsTracedCorrectly(r);
    expect(r.console[0]).toMatchObject({ t: 0, text: "{ secret: 1 } <Revoked Proxy> Promise { 'kept' } [Map Entries] { [ 'k', 'v' ] } traps 0" });
  },
  'tamper_json_tojson.ts': benignPartIsTracedCorrectly,
  'mangled_trace_everything.ts': benignPartIsTracedCorrectly,
  // split/replace inside the isolate look up [Symbol.split]/[Symbol.replace] even on string
  // arguments: the runner finds newlines with indexOf only (scheduler/intrinsics.ts splitText).
  'tamper_symbol_split.ts': (r, f) => {
    expect(r.error).toMatchObject({ name: 'Error', message: 'the real error', line: lineOf(f, "throw new Error('the real error')") });
    const [trace, group, lines, nested] = texts(r);
    expect(trace).toMatch(/^Trace: here\n {4}at whereAmI \(main\.js:\d+:\d+\)\n/);
    expect(trace).not.toContain('forged');
    expect([group, lines]).toEqual(['group', '  line 1\n  line 2']);
    expect(nested).toContain(`\n      list: [ 1, 2, 3 ]\n`);
    expect(nested).toContain(`'${'a'.repeat(30)}\\n' +\n        '${'b'.repeat(60)}'`);
  },
  'tamper_date_random.ts': (r) => {
    benignPartIsTracedCorrectly(r);
    expect(r.console[0]).toMatchObject({ t: 0, text: 'random 0.5 now 1000000000000' }); // the program sees its own fakes
  },
  'species_array.ts': (r) => {
    benignPartIsTracedCorrectly(r);
    expect(r.console[0]).toMatchObject({ t: 0, text: expect.stringContaining('Map(1) { 1 => 2 }') });
  },
  // A program that poisons Promise.prototype.constructor breaks its own awaits, as in Node (await
  // reads it): the first is the top-level `asyncio.run(main())`, which blocks like Python's and so
  // is awaited; it throws at once, main (scheduled for the next round) never runs.
  'tamper_promise_constructor.ts': (r) => {
    expect(r.error).toMatchObject({ name: 'Error', message: 'constructor hijacked' });
    expect(texts(r)).toEqual([]);
    expect(named(r, 'script').map((t) => [t.settledAt, t.state])).toEqual([[0, 'rejected']]);
    expect(named(r, 'main').map((t) => t.spans.map((s) => s.detail))).toEqual([['scheduled']]);
  },
  // KNOWN BUG, NOT FIXED: after Array.prototype[Symbol.iterator] (or the array iterator's next) is
  // replaced, something on the runner's path still iterates an array, and the run dies with the
  // program's own error as an unhandled rejection once the tasks exist. (asyncio's adopt() used
  // array destructuring and was fixed; the remaining use was not found in time.) The other
  // sabotaged methods (forEach/map/join/slice/concat, generator next) are harmless on their own.
  'tamper_array_iterator.ts': (r, f) => {
    expect(r.error).toMatchObject({ name: 'Error', message: 'iteration hijacked', line: lineOf(f, 'const hijack') });
    expect(texts(r)).toEqual([]);
  },
  'prototype_pollution_runner.ts': (r) => {
    expect(r.console.map((l) => [l.t, l.text])).toEqual([[100, 'tick 1'], [200, 'tick 2'], [250, 'timer']]);
    expect(named(r, 'tick').map((t) => [t.settledAt, t.state])).toEqual([[100, 'fulfilled'], [200, 'fulfilled']]);
    expect(r.virtualMs).toBe(250);
  },
  ...nodeTamperChecks,
};
