// Runs a page's loader under the same authorization rules as the API: a 404 decision renders the
// not-found page, a 403 becomes a "refused" result the page shows instead of its content.
import { notFound } from 'next/navigation';
import { ApiError } from '@/lib/http/errors.ts';

export type Access<T> = { ok: true; value: T } | { ok: false; reason: string };

export async function access<T>(load: () => Promise<T>): Promise<Access<T>> {
  try {
    return { ok: true, value: await load() };
  } catch (error) {
    if (error instanceof ApiError && error.status === 404) notFound();
    if (error instanceof ApiError && error.status === 403) return { ok: false, reason: error.message };
    throw error;
  }
}
