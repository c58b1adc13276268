let balance = 100;

async function withdraw(who: string, amount: number): Promise<string> {
  await sleep(10);            // the request reaches the bank
  const seen = balance;       // check...
  await sleep(10);            // ...the bank approves (10 ms)...
  if (seen < amount) return `${who}: refused (balance was ${seen})`;
  balance = seen - amount;    // ...then act on what it saw
  return `${who}: withdrew ${amount}`;
}

const alice = withdraw("alice", 70);
await sleep(10);              // bob comes by 10 ms later
const bob = withdraw("bob", 50);
for (const line of await Promise.all([alice, bob])) console.log(line);
console.log(`balance: ${balance}`);
