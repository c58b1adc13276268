// The 404 page for unknown URLs. Rendered per request (connection()) rather than prerendered, so
// its scripts carry the CSP nonce proxy.ts issues; a prerendered page's scripts would be refused.
import { connection } from 'next/server';
import './_components/share/share.css';

export default async function NotFound() {
  await connection();
  return (
    <main className="not-found" data-testid="page-not-found">
      <h1>Page not found</h1>
      <p>Nothing lives at this address.</p>
      <p><a href="/">Open the playground</a></p>
    </main>
  );
}
