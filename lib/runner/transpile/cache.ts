// compileCached: the same examples are run again and again, so compiled programs are kept in a
// small LRU keyed by the exact source text (a Map iterates in insertion order: oldest first).
import { compileProgram, type CompileOutput } from './compile.ts';

export const COMPILE_CACHE_ENTRIES = 256;

const cache = new Map<string, CompileOutput>();

export function compileCached(source: string): CompileOutput {
  const hit = cache.get(source);
  if (hit) {
    cache.delete(source);
    cache.set(source, hit);
    return hit;
  }
  const out = compileProgram(source);
  cache.set(source, out);
  if (cache.size > COMPILE_CACHE_ENTRIES) cache.delete(cache.keys().next().value as string);
  return out;
}

/** For tests: how many programs are cached now. */
export function compileCacheSize(): number {
  return cache.size;
}
