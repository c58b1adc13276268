// The boot hook starts the regrade worker on PostgreSQL only, and a database down at boot does not
// stop the server. (e2e/faults/regrade-kill.ts shows it with two real servers.)
import { describe, expect, it, vi } from 'vitest';
import { startGradingAtBoot } from './regrade-boot.ts';
import { InProcessQueue } from './grading-queue.ts';

describe('startGradingAtBoot', () => {
  it('starts the queue on PostgreSQL', async () => {
    const queue = new InProcessQueue();
    const start = vi.fn(async () => queue);
    expect(await startGradingAtBoot('postgresql://127.0.0.1:5432/test?schema=x', start)).toBe(queue);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('starts nothing on SQLite (its in-process queue starts with the first regrade request)', async () => {
    const start = vi.fn(async () => new InProcessQueue());
    expect(await startGradingAtBoot('file:./taskline.db', start)).toBeNull();
    expect(start).not.toHaveBeenCalled();
  });

  it('logs and carries on when the database is down at boot', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const start = vi.fn(async () => { throw new Error('connect ECONNREFUSED'); });
    expect(await startGradingAtBoot('postgresql://127.0.0.1:1/test', start)).toBeNull();
    expect(error).toHaveBeenCalledWith(expect.stringContaining('could not start at boot'), expect.any(Error));
    error.mockRestore();
  });
});
