// Preload (`node --import`) for the plain-node row: the asyncio subset seed program 3 uses, on
// Node's real timers, so `asyncio.sleep(3)` really waits 3 s.
const sleep = (seconds: number) => new Promise<void>((resolve) => setTimeout(resolve, seconds * 1000));

Object.defineProperty(globalThis, 'asyncio', {
  value: { sleep, createTask: <T>(task: Promise<T>) => task, run: <T>(main: Promise<T>) => main },
});

export {}; // a module, so its names stay out of the global scope
