// The seed's three tutorial programs through the real CLI (`bin/taskline run`): exact output,
// virtual durations, program 3's trace and timeline, and the CLI's exit codes.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RunResult, TaskTrace } from './protocol.ts';
import { taskLabels } from './task-labels.ts';
import { seedPath } from './corpus/seeds.ts';

const ROOT = path.join(import.meta.dirname, '..', '..');
const CLI = path.join(ROOT, 'bin', 'taskline');
// The seed programs as examples/ keeps them (their CPython twins are in corpus/asyncio).
const seed = seedPath;

interface CliRun { code: number | null; stdout: string; stderr: string }

function cli(...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(CLI, args, { cwd: ROOT, timeout: 60_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : null) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Each CLI invocation is a fresh process with its own pool: run them once, two at a time, and share. */
const runs = new Map<string, Promise<CliRun>>();
let slots = 2;
const waiting: (() => void)[] = [];
async function cliOnce(...args: string[]): Promise<CliRun> {
  const key = args.join(' ');
  if (!runs.has(key)) {
    runs.set(key, (async () => {
      while (slots === 0) await new Promise<void>((r) => waiting.push(r));
      slots--;
      try {
        return await cli(...args);
      } finally {
        slots++;
        waiting.shift()?.();
      }
    })());
  }
  return runs.get(key)!;
}

async function cliJson(file: string): Promise<RunResult> {
  const run = await cliOnce('run', file, '--json');
  expect(run.code, run.stderr).toBe(0);
  return JSON.parse(run.stdout) as RunResult;
}

const GOOG = 'Get stock price of GOOG...';
const APPL = 'Get stock price of APPL...';
const PROGRESS = 'API call is in progress...';

// What the tutorial shows (and CPython prints on an exact clock: corpus/asyncio has the Python twins).
const seeds = [
  { file: '1_sequential.ts', virtualMs: 6000, stdout: [GOOG, '300', APPL, '400', 'It took 6 second(s) to complete.'] },
  { file: '2_create_task.ts', virtualMs: 3000, stdout: [GOOG, APPL, '300', '300', 'It took 3 second(s) to complete.'] },
  {
    file: '3_other_tasks.ts',
    virtualMs: 3000,
    // At 3000 the three sleeps due fire in one asyncio round: every woken task steps (the third
    // progress line) before main, which awaits a task, is woken a round later.
    stdout: [GOOG, APPL, PROGRESS, PROGRESS, PROGRESS, '300', '300', 'It took 3 second(s) to complete.'],
  },
];

beforeAll(async () => {
  const all = seeds.flatMap(({ file }) => [['run', seed(file)], ['run', seed(file), '--json']]);
  await Promise.all([...all, ['run', seed('3_other_tasks.ts'), '--timeline']].map((args) => cliOnce(...args)));
}, 120_000);

describe('seed programs through the CLI', () => {
  it.each(seeds)('$file prints what the tutorial shows and exits 0', async ({ file, stdout }) => {
    const run = await cliOnce('run', seed(file));
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toBe(`${stdout.join('\n')}\n`);
    expect(run.stderr).toMatch(/^taskline: ok · /m);
  });

  it.each(seeds)('$file --json is a RunResult of $virtualMs virtual ms', async ({ file, virtualMs, stdout }) => {
    const result = await cliJson(seed(file));
    expect(result.status).toBe('ok');
    expect(result.virtualMs).toBe(virtualMs);
    expect(result.console.map((l) => l.text)).toEqual(stdout);
    expect(result.console.every((l) => l.stream === 'stdout')).toBe(true);
    expect(result.stats.truncated).toBe(false);
  });
});

describe('program 3 (other tasks while waiting)', () => {
  const byName = (tasks: TaskTrace[], name: string) => tasks.filter((t) => t.name === name);
  const waits = (task: TaskTrace) => task.spans.filter((s) => s.kind === 'waiting' && s.detail !== 'scheduled')
    .map(({ from, to, detail }) => ({ from, to, detail }));
  const scheduled = (task: TaskTrace) => task.spans.filter((s) => s.detail === 'scheduled').map(({ from, to }) => ({ from, to }));

  it('prints progress at 1000/2000/3000, the third before both prices', async () => {
    const result = await cliJson(seed('3_other_tasks.ts'));
    const timed = result.console.map((l) => [l.t, l.text]);
    expect(timed).toEqual([
      [0, GOOG], [0, APPL], [1000, PROGRESS], [2000, PROGRESS],
      [3000, PROGRESS], [3000, '300'], [3000, '300'], [3000, 'It took 3 second(s) to complete.'],
    ]);
    const nameOf = (id: number | null) => result.tasks.find((t) => t.id === id)?.name;
    expect(result.console.map((l) => nameOf(l.taskId))).toEqual(
      ['callApi', 'callApi', 'showMessage', 'showMessage', 'showMessage', 'main', 'main', 'main'],
    );
  });

  it('traces main, showMessage and two callApi tasks with the right spans', async () => {
    const { tasks } = await cliJson(seed('3_other_tasks.ts'));
    const [main] = byName(tasks, 'main');
    const [showMessage] = byName(tasks, 'showMessage');
    const callApis = byName(tasks, 'callApi');
    expect(byName(tasks, 'main')).toHaveLength(1);
    expect(byName(tasks, 'showMessage')).toHaveLength(1);
    expect(callApis).toHaveLength(2);

    for (const task of [main!, showMessage!, ...callApis]) {
      expect(task).toMatchObject({ createdAt: 0, settledAt: 3000, state: 'fulfilled' });
    }
    for (const task of [showMessage!, ...callApis]) {
      // created by main (directly, or through the Task asyncio.createTask made for it)
      expect(tasks.some((t) => t.id === task.parentId)).toBe(true);
    }
    for (const callApi of callApis) expect(waits(callApi)).toEqual([{ from: 0, to: 3000, detail: 'sleep(3000)' }]);
    // Lazily started: each lane begins with its time in the ready queue (scheduled at 0, first run at 0).
    for (const task of [main!, showMessage!, ...callApis]) expect(scheduled(task)).toEqual([{ from: 0, to: 0 }]);
    expect(waits(showMessage!)).toEqual([
      { from: 0, to: 1000, detail: 'sleep(1000)' },
      { from: 1000, to: 2000, detail: 'sleep(1000)' },
      { from: 2000, to: 3000, detail: 'sleep(1000)' },
    ]);
    const [first, ...rest] = waits(main!);
    // main first awaits task1: the first callApi, labelled as its lane is (taskLabels)
    expect(taskLabels(tasks).get(callApis[0]!.id)).toBe('callApi#1');
    expect(first).toMatchObject({ from: 0, to: 3000, detail: 'task callApi#1' });
    // the later awaits of main (task2, messageTask) are already settled or settle at 3000
    for (const span of rest) expect(span).toMatchObject({ from: 3000, to: 3000 });
  });

  it('--timeline draws one lane per task after the output', async () => {
    const run = await cliOnce('run', seed('3_other_tasks.ts'), '--timeline');
    expect(run.code, run.stderr).toBe(0);
    const lanes = run.stdout.split('\n').filter((l) => l.includes('│'));
    for (const name of ['main', 'showMessage', 'callApi']) {
      expect(lanes.some((l) => new RegExp(`^\\s*${name}#\\d+\\s*│`).test(l)), `lane for ${name}`).toBe(true);
    }
    expect(lanes.filter((l) => /callApi#/.test(l))).toHaveLength(2);
    expect(lanes.filter((l) => !/script#/.test(l)).every((l) => /│ fulfilled at 3\.000s$/.test(l))).toBe(true);
    expect(run.stdout).toMatch(/running .* waiting .* blocking/);
    expect(run.stdout.indexOf('It took 3 second(s)')).toBeLessThan(run.stdout.indexOf('│'));
  });
});

describe('CLI usage errors exit 2', () => {
  const cases: [string, string[]][] = [
    ['no arguments', []],
    ['run without a file', ['run']],
    ['an unknown command', ['walk', seed('1_sequential.ts')]],
    ['an unknown option', ['run', seed('1_sequential.ts'), '--bogus']],
    ['two files', ['run', seed('1_sequential.ts'), seed('2_create_task.ts')]],
  ];
  it.each(cases)('%s', async (_label, args) => {
    const run = await cliOnce(...args);
    expect(run.code).toBe(2);
    expect(run.stdout).toBe('');
    expect(run.stderr).toMatch(/usage: taskline run <file\.ts>/);
  });
});

it('a missing file exits 2 naming the file, without the usage text (the command was right)', async () => {
  const run = await cliOnce('run', 'examples/no-such-program.ts');
  expect(run.code).toBe(2);
  expect(run.stdout).toBe('');
  expect(run.stderr).toBe('taskline: cannot read examples/no-such-program.ts (no such file or directory)\n');
});

describe('the CLI exits with the program\'s exit code', () => {
  it('process.exit(3) in a program makes the CLI exit 3, after the output before it', async () => {
    const program = path.join(import.meta.dirname, 'corpus', 'ordering', 'quiz-exit-code.ts');
    const run = await cliOnce('run', program);
    expect(run.code, run.stderr).toBe(3);
    expect(run.stdout).toBe('start\nimmediate runs, then exits\n');
    expect(run.stderr).toMatch(/ProcessExit: process\.exit\(3\) was called/);
  });
});
