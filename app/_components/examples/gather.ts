// Example: asyncio.gather awaits several calls at once and returns their results in order.
import type { Example } from './example';

export const gatherExample: Example = {
  id: 'gather',
  title: 'gather: wait for all',
  lesson: 'gather starts the three fetches together; main waits for the slowest (3 s), and the results come back in call order, not finish order.',
  code: `async function fetchUser(id: number, seconds: number) {
  console.log("fetching user " + id);
  await asyncio.sleep(seconds);
  console.log("got user " + id);
  return { id, name: "user" + id };
}

async function main() {
  const users = await asyncio.gather(
    fetchUser(1, 2),
    fetchUser(2, 3),
    fetchUser(3, 1),
  );
  console.log(users.map((user) => user.name));
}

asyncio.run(main());
`,
};
