// Example: a task nobody awaits is cancelled when asyncio.run's main returns.
import type { Example } from './example';

export const neverAwaitedExample: Example = {
  id: 'never-awaited',
  title: 'Never awaited: cancelled at shutdown',
  lesson: 'main returns after 1 s without awaiting its background task, so asyncio.run cancels it mid-sleep; the floating callApi() promise is flagged too. Both show up as warnings.',
  code: `async function callApi(message: string) {
  console.log(message);
  await asyncio.sleep(3);
  return 42;
}

async function backgroundSync() {
  for (let i = 1; ; i++) {
    await asyncio.sleep(0.4);
    console.log("sync " + i);
  }
}

async function main() {
  asyncio.createTask(backgroundSync()); // started, never awaited
  callApi("fire and forget"); // a floating promise
  await asyncio.sleep(1);
  console.log("main is done");
}

asyncio.run(main());
`,
};
