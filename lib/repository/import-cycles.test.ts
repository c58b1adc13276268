// Import cycles among lib/ (type-only imports included: they still tie two files' designs together),
// between files and between top-level folders. The cycles that remain are listed by name, each with
// where it is being dealt with; a new one fails this test, and so does a listed one that is gone.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPOSITORY_ROOT } from './tracked-files.ts';

const LIB = path.join(REPOSITORY_ROOT, 'lib');

/** File cycles still there (files sorted, joined by " <-> "): none; name one here only with where it is being dealt with. */
const KNOWN_FILE_CYCLES: string[] = [];
/**
 * Folder cycles still there: none. lib/api holds wire shapes only; lib/http (route plumbing) calls
 * lib/auth (who is calling), which calls lib/ratelimit (the budgets), never the other way round.
 */
const KNOWN_FOLDER_CYCLES: string[] = [];

const IMPORT = /(?:^|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\sfrom\s+)?['"]([^'"]+)['"]/g;

function sources(dir: string, out: string[] = []): string[] {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) { if (entry.name !== 'generated') sources(full, out); }
    else if (/\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts')) out.push(full);
  }
  return out;
}

function resolve(from: string, spec: string): string | null {
  const base = spec.startsWith('@/') ? path.join(REPOSITORY_ROOT, spec.slice(2)) : spec.startsWith('.') ? path.resolve(path.dirname(from), spec) : null;
  if (!base) return null;
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts')].find((c) => existsSync(c) && statSync(c).isFile()) ?? null;
}

/** Each file's imports of other files under lib/. */
export function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sources(LIB)) {
    const deps = [...readFileSync(file, 'utf8').matchAll(IMPORT)].map((m) => resolve(file, m[1]!)).filter((d): d is string => d !== null);
    graph.set(path.relative(REPOSITORY_ROOT, file), deps.map((d) => path.relative(REPOSITORY_ROOT, d)));
  }
  return graph;
}

/** Strongly connected components of more than one node (Tarjan). */
export function cycles(graph: Map<string, string[]>): string[] {
  let next = 0;
  const index = new Map<string, number>(), low = new Map<string, number>(), stack: string[] = [], onStack = new Set<string>(), found: string[] = [];
  const visit = (v: string) => {
    index.set(v, next); low.set(v, next); next++; stack.push(v); onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!graph.has(w)) continue;
      if (!index.has(w)) { visit(w); low.set(v, Math.min(low.get(v)!, low.get(w)!)); }
      else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) !== index.get(v)) return;
    const component: string[] = [];
    let w: string;
    do { w = stack.pop()!; onStack.delete(w); component.push(w); } while (w !== v);
    if (component.length > 1) found.push(component.sort().join(' <-> '));
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return found.sort();
}

/** Pairs of top-level lib/ folders that import each other (directly). */
function folderCycles(graph: Map<string, string[]>): string[] {
  const folder = (f: string) => f.split('/').slice(0, 2).join('/');
  const edges = new Set<string>();
  for (const [file, deps] of graph) for (const dep of deps) if (folder(file) !== folder(dep)) edges.add(`${folder(file)}>${folder(dep)}`);
  return [...edges].map((e) => e.split('>')).filter(([a, b]) => a! < b! && edges.has(`${b}>${a}`)).map(([a, b]) => `${a} <-> ${b}`).sort();
}

describe('import cycles in lib/', () => {
  const graph = importGraph();

  it('between files: only the known ones', () => {
    expect(graph.size).toBeGreaterThan(200);
    expect(cycles(graph)).toEqual([...KNOWN_FILE_CYCLES].sort());
  });

  it('between folders: only the known ones', () => {
    expect(folderCycles(graph)).toEqual([...KNOWN_FOLDER_CYCLES].sort());
  });

  it('the finder sees a cycle, type-only imports included', () => {
    const g = new Map([['a', ['b']], ['b', ['c']], ['c', ['a']], ['d', ['a']]]);
    expect(cycles(g)).toEqual(['a <-> b <-> c']);
    expect([...'import type { X } from "./x.ts";'.matchAll(IMPORT)].map((m) => m[1])).toEqual(['./x.ts']);
  });
});
