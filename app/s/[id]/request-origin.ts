// The origin for absolute URLs in meta tags (og:url): TASKLINE_PUBLIC_URL, never the Host or
// X-Forwarded-* headers a client or proxy could set; a loopback Host only in development.
import { headers } from 'next/headers';
import { publicOrigin } from '@/lib/env.ts';
import { siteOrigin } from '@/lib/http/site-origin.ts';

export async function requestOrigin(): Promise<string | null> {
  return siteOrigin(publicOrigin(), (await headers()).get('host'));
}
