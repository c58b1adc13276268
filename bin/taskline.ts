// The taskline CLI: `taskline run <file.ts> [--json] [--timeline] [--schedule S]` prints the
// program's output as Node would, then a one-line summary on stderr, and exits with the program's
// exit code (process.exit's, else 0 for ok and 1 otherwise); `taskline explore <file.ts> [--json]
// [--budget N] [--jitter J] [--seed S]` lists every distinct outcome (exit 0 when all are ok). 2: usage,
// or a file it cannot read.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { SandboxPool } from '../lib/runner/pool/sandbox-pool.ts';
import { runCode } from '../lib/runner/run-code.ts';
import { sandboxWorkerScript, invocationDir } from '../lib/env.ts';
import { summaryLine, plainErrorText } from '../lib/runner/summary.ts';
import { textTimeline } from '../lib/runner/text-timeline.ts';
import { parseSchedule } from '../lib/runner/explore/schedule.ts';
import { exploreCode } from '../lib/runner/explore/explore-code.ts';
import { formatExplore } from '../lib/runner/explore/format.ts';
import { parseExploreFlags } from '../lib/runner/explore/cli-options.ts';

const USAGE = 'usage: taskline run <file.ts> [--json] [--timeline] [--schedule S]\n'
  + '       taskline explore <file.ts> [--json] [--budget N] [--jitter J] [--seed S]';

function usage(message?: string): never {
  if (message) process.stderr.write(`taskline: ${message}\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

let parsed: ReturnType<typeof parseCli>;
function parseCli() {
  return parseArgs({
    args: process.argv.slice(2), allowPositionals: true, strict: true,
    options: {
      json: { type: 'boolean' }, timeline: { type: 'boolean' }, schedule: { type: 'string' },
      budget: { type: 'string' }, jitter: { type: 'string' }, seed: { type: 'string' },
    },
  });
}
try {
  parsed = parseCli();
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = parsed;
const command = positionals[0];
if ((command !== 'run' && command !== 'explore') || positionals.length !== 2) usage();
const runOnly = ['timeline', 'schedule'] as const, exploreOnly = ['budget', 'jitter', 'seed'] as const;
for (const flag of command === 'run' ? exploreOnly : runOnly) if (values[flag] !== undefined) usage(`--${flag} is not an option of ${command}`);

const file = path.resolve(invocationDir(), positionals[1]!);
let code: string;
try {
  code = readFileSync(file, 'utf8');
} catch (error) {
  // The command was right, the file is not: no usage text, just what went wrong with which file.
  const reason = /^[A-Z]+: ([^,]+)/.exec((error as Error).message)?.[1] ?? (error as Error).message;
  process.stderr.write(`taskline: cannot read ${positionals[1]} (${reason})\n`);
  process.exit(2);
}

const root = path.join(import.meta.dirname, '..');
const pool = new SandboxPool({ workerScript: sandboxWorkerScript(root), size: 1 });
try {
  if (command === 'explore') {
    const options = parseExploreFlags(values);
    if (!options.ok) usage(options.error);
    const { report } = await exploreCode(code, options.options, { pool });
    process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatExplore(report)}\n`);
    process.exitCode = report.outcomes.every((o) => o.status === 'ok') ? 0 : 1;
  } else {
    const schedule = values.schedule === undefined ? undefined : parseSchedule(values.schedule);
    if (schedule && !schedule.ok) usage(schedule.error);
    const result = await runCode(code, { pool, ...(schedule ? { schedule } : {}) });
    if (values.json) {
      process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    } else {
      for (const line of result.console) (line.stream === 'stderr' ? process.stderr : process.stdout).write(`${line.text}\n`);
      if (result.error) process.stderr.write(`${plainErrorText(result, path.basename(file))}\n`);
      if (values.timeline) process.stdout.write(`\n${textTimeline(result)}\n`);
      for (const warning of result.warnings) process.stderr.write(`taskline: warning: ${warning.message}\n`);
      const replayed = result.schedule !== undefined ? ` · schedule ${result.schedule === '' ? 'default' : result.schedule}` : '';
      process.stderr.write(`${summaryLine(result)}${replayed}\n`);
    }
    process.exitCode = result.exitCode ?? (result.status === 'ok' ? 0 : 1);
  }
} finally {
  await pool.close();
}
