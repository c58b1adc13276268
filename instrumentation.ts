// Next.js calls register() once when a server instance starts: the grading queue starts working
// here, so jobs queued before a restart (or by a dead instance) resume without waiting for a request.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { gradingQueue } = await import('./lib/usecases/regrade-queue.ts');
  // A database that is down now is retried on the first regrade request.
  await gradingQueue().catch((error: unknown) => console.warn('taskline: grading queue not started:', error instanceof Error ? error.message : error));
}
