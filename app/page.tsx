// Home page placeholder until the playground lands: says what Taskline is and how to call the API.
export default function HomePage() {
  return (
    <main style={{ fontFamily: 'system-ui, sans-serif', maxWidth: 720, margin: '4rem auto', lineHeight: 1.5 }}>
      <h1>Taskline</h1>
      <p>
        Write asynchronous TypeScript, run it on a virtual clock, and see when every task ran and what it waited for.
      </p>
      <p>
        The playground is on its way. The engine is live: <code>POST /api/run</code> with <code>{'{ "code": "…" }'}</code>{' '}
        returns the program&apos;s console output and its full task trace.
      </p>
    </main>
  );
}
