// A throwaway PostgreSQL cluster for the restart scenario, never the shared server on 5432: initdb
// into a temp dir owned by `postgres` (initdb refuses root), served on 127.0.0.1:<port> only.
import { execFile, execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

/** Where Debian installs PostgreSQL's server binaries, one directory per major version. */
const PG_LIB_DIR = '/usr/lib/postgresql';

export interface PgCluster {
  url: string;
  // Asynchronous, so the scenario's load keeps running while PostgreSQL goes down and comes back.
  restartFast(): Promise<void>;
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

function binDir(): string {
  const versions = fs.existsSync(PG_LIB_DIR) ? fs.readdirSync(PG_LIB_DIR).filter((v) => /^\d+$/.test(v)) : [];
  if (!versions.length) throw new Error(`no PostgreSQL server binaries under ${PG_LIB_DIR}`);
  return path.join(PG_LIB_DIR, versions.sort((a, b) => Number(b) - Number(a))[0], 'bin');
}

export async function createPgCluster(port: number): Promise<PgCluster> {
  const bin = binDir();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskline-faults-pg-'));
  const data = path.join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    fs.chownSync(dir, uid, gid);
  }
  const pg = async (tool: string, args: string[]) => {
    const argv = [path.join(bin, tool), ...args];
    await execFileAsync(asRoot ? 'runuser' : argv[0], asRoot ? ['-u', 'postgres', '--', ...argv] : argv.slice(1));
  };
  const serverOptions = ['-o', `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1`, '-l', path.join(dir, 'log')];
  await pg('initdb', ['-D', data, '-U', 'postgres', '--auth=trust']);
  await pg('pg_ctl', ['-D', data, ...serverOptions, '-w', 'start']);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    restartFast: () => pg('pg_ctl', ['-D', data, ...serverOptions, '-m', 'fast', '-w', 'restart']),
    stop: () => pg('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']),
    start: () => pg('pg_ctl', ['-D', data, ...serverOptions, '-w', 'start']),
    async destroy() {
      try {
        await pg('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } catch {
        // not running
      }
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
