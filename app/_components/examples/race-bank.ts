// Race example: a bank withdrawal that checks the balance, awaits, then acts on what it saw.
import type { Example } from './example';

export const bankRaceExample: Example = {
  id: 'race-bank',
  title: 'Race: bank withdrawal (check, await, act)',
  lesson: 'Run it: bob is refused, as he should be. Press Explore: in another ordering bob reads the balance before alice writes hers back, so both withdrawals pass (120 out of 100) and the balance ends at 50.',
  code: `let balance = 100;

async function withdraw(who: string, amount: number): Promise<string> {
  await sleep(10);            // the request reaches the bank
  const seen = balance;       // check...
  await sleep(10);            // ...the bank approves (10 ms)...
  if (seen < amount) return \`\${who}: refused (balance was \${seen})\`;
  balance = seen - amount;    // ...then act on what it saw
  return \`\${who}: withdrew \${amount}\`;
}

const alice = withdraw("alice", 70);
await sleep(10);              // bob comes by 10 ms later
const bob = withdraw("bob", 50);
for (const line of await Promise.all([alice, bob])) console.log(line);
console.log(\`balance: \${balance}\`);
`,
};

export const bankFixedExample: Example = {
  id: 'race-bank-fixed',
  title: 'Race fixed: bank withdrawal (check and act together)',
  lesson: 'The check and the update happen with no await between them, so no other task can run in the gap. Explore finds exactly one outcome.',
  code: `let balance = 100;

async function withdraw(who: string, amount: number): Promise<string> {
  await sleep(10);            // the request reaches the bank
  if (balance < amount) return \`\${who}: refused (balance was \${balance})\`;
  balance -= amount;          // check and act in one step: nothing runs in between
  await sleep(10);            // the bank approves (10 ms)
  return \`\${who}: withdrew \${amount}\`;
}

const alice = withdraw("alice", 70);
await sleep(10);              // bob comes by 10 ms later
const bob = withdraw("bob", 50);
for (const line of await Promise.all([alice, bob])) console.log(line);
console.log(\`balance: \${balance}\`);
`,
};
