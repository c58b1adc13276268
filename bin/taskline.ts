// The taskline CLI: `taskline run <file.ts> [--json] [--timeline]`. Prints the program's output
// as Node would, then a one-line summary on stderr. Exits with the program's exit code (process.exit's,
// else 0 for ok and 1 for any other status), 2 for usage.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SandboxPool } from '../lib/runner/pool/sandbox-pool.ts';
import { runCode } from '../lib/runner/run-code.ts';
import { sandboxWorkerScript, invocationDir } from '../lib/env.ts';
import { summaryLine, plainErrorText } from '../lib/runner/summary.ts';
import { textTimeline } from '../lib/runner/text-timeline.ts';

const USAGE = 'usage: taskline run <file.ts> [--json] [--timeline]';

function usage(message?: string): never {
  if (message) process.stderr.write(`taskline: ${message}\n`);
  process.stderr.write(`${USAGE}\n`);
  process.exit(2);
}

const args = process.argv.slice(2);
const flags = new Set(args.filter((a) => a.startsWith('--')));
const positional = args.filter((a) => !a.startsWith('--'));
for (const flag of flags) if (flag !== '--json' && flag !== '--timeline') usage(`unknown option ${flag}`);
if (positional[0] !== 'run' || positional.length !== 2) usage();

const file = path.resolve(invocationDir(), positional[1]!);
let code: string;
try {
  code = readFileSync(file, 'utf8');
} catch (error) {
  usage(`cannot read ${file}: ${(error as Error).message}`);
}

const root = path.join(import.meta.dirname, '..');
const pool = new SandboxPool({ workerScript: sandboxWorkerScript(root), size: 1 });
const result = await runCode(code, { pool });
await pool.close();

if (flags.has('--json')) {
  process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
} else {
  for (const line of result.console) (line.stream === 'stderr' ? process.stderr : process.stdout).write(`${line.text}\n`);
  if (result.error) process.stderr.write(`${plainErrorText(result, path.basename(file))}\n`);
  if (flags.has('--timeline')) process.stdout.write(`\n${textTimeline(result)}\n`);
  for (const warning of result.warnings) process.stderr.write(`taskline: warning: ${warning.message}\n`);
  process.stderr.write(`${summaryLine(result)}\n`);
}
process.exitCode = result.exitCode ?? (result.status === 'ok' ? 0 : 1);
