// Reads the runner's built-ins declarations at build time (server only), so the editor's
// IntelliSense always matches what the sandbox really offers.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { FALLBACK_BUILTINS_DTS } from './fallback-builtins.ts';

export async function loadBuiltinsDts(): Promise<string> {
  try {
    return await readFile(path.join(process.cwd(), 'lib/scheduler/builtins.d.ts'), 'utf8');
  } catch {
    return FALLBACK_BUILTINS_DTS;
  }
}
