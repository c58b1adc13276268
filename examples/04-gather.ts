async function fetchUser(id: number, seconds: number) {
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
