// Preload (`node --import`) for the process-per-run row: a minimal virtual clock, as process
// playgrounds fake time. asyncio.sleep queues a virtual timer; the clock jumps to the earliest
// one (due time, then creation order) only when nothing else can run.
interface VirtualTimer { due: number; seq: number; resolve: () => void }

let now = 0;
let seq = 0;
const timers: VirtualTimer[] = [];

const sleep = (seconds: number) => new Promise<void>((resolve) => {
  timers.push({ due: now + seconds * 1000, seq: seq++, resolve });
});

Object.defineProperty(globalThis, 'performance', { value: { now: () => now }, configurable: true });
Object.defineProperty(globalThis, 'asyncio', {
  value: { sleep, createTask: <T>(task: Promise<T>) => task, run: <T>(main: Promise<T>) => main },
});

// When the loop is idle, one setImmediate fires the earliest timers (one macrotask, as in Node):
// their promise callbacks run as microtasks and may queue more virtual timers; when they are done
// the loop is idle again and 'beforeExit' comes back. No timers left: the process exits.
// Every timer due at that instant fires in the same round, in creation order, as asyncio moves
// them all to its ready queue at once (Taskline's and CPython's order for seed program 3).
function fireNext(): void {
  timers.sort((a, b) => a.due - b.due || a.seq - b.seq);
  now = timers[0]!.due;
  const firstLater = timers.findIndex((t) => t.due !== now);
  for (const t of timers.splice(0, firstLater === -1 ? timers.length : firstLater)) t.resolve();
}

process.on('beforeExit', () => {
  if (timers.length > 0) setImmediate(fireNext);
});

export {}; // a module, so its names stay out of the global scope
