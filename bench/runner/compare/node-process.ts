// One fresh `node` process running a TypeScript file (Node strips the types itself) after a
// preload that provides the globals the program expects; resolves to the lines it printed.
import { spawn } from 'node:child_process';

export function runNodeProcess(nodeArgs: readonly string[], timeoutMs: number): Promise<string[]> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, nodeArgs, { stdio: ['ignore', 'pipe', 'pipe'] });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    child.stdout.on('data', (chunk: Buffer) => stdout.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code !== 0) {
        reject(new Error(`node ${nodeArgs.join(' ')} ended with ${signal ?? `code ${code}`}: ${Buffer.concat(stderr).toString()}`));
        return;
      }
      const text = Buffer.concat(stdout).toString();
      resolve(text === '' ? [] : text.replace(/\n$/, '').split('\n'));
    });
  });
}
