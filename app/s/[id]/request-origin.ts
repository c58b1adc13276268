// The origin a request came in on (behind a proxy too), for absolute URLs in meta tags.
import { headers } from 'next/headers';

export async function requestOrigin(): Promise<string | null> {
  const all = await headers();
  const host = all.get('x-forwarded-host') ?? all.get('host');
  if (!host) return null;
  const proto = all.get('x-forwarded-proto')?.split(',')[0]?.trim() ?? 'http';
  return `${proto}://${host}`;
}
