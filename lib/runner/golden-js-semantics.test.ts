// Golden tests for what remained of issue 11 after its first pass, each failing before its fix:
// thenables run as the task whose resolution called them (return, resolve, Promise.resolve), and
// a then chain of 200,000 links fits the isolate as it fits Node. Stdout is checked against Node
// by the differential corpus; these check what only Taskline has (which task a line belongs to).
import { describe, expect, it } from 'vitest';
import { goldenPool, stdoutOf } from './test-support/golden-pool.ts';
import type { RunResult } from './protocol.ts';

const { run } = goldenPool();

const taskOfLine = (r: RunResult, text: string) =>
  r.tasks.find((t) => t.id === r.console.find((l) => l.text === text)?.taskId)?.name;

describe('golden: a thenable runs as the task whose resolution called it', () => {
  const program = [
    'const mk = (label) => ({ then(res) { console.log("then of " + label); res(label); } });',
    'class Lazy { constructor(l) { this.l = l; } then(res) { console.log("then of " + this.l); res(this.l); } }',
    'async function viaReturn() { return mk("return"); }',
    'const viaArrow = async () => mk("arrow");',
    'async function viaClass() { return new Lazy("class"); }',
    'async function viaLiteral() { return { then(res) { console.log("then of literal"); res(0); } }; }',
    'async function viaStatic() { Promise.resolve(mk("static")); }',
    'async function viaResolve() { new Promise((r) => r(mk("resolve"))); }',
    'async function viaWithResolvers() { Promise.withResolvers().resolve(mk("withResolvers")); }',
    'async function other() { console.log("other runs"); }',
    'async function main() { viaReturn(); viaArrow(); viaClass(); viaLiteral(); viaStatic(); viaResolve(); viaWithResolvers(); await other(); }',
    'main();',
  ];

  it('return, resolve(thenable), Promise.resolve(thenable) and withResolvers: the then line is the resolver’s', async () => {
    const r = await run(...program);
    expect(r.status, JSON.stringify(r.error)).toBe('ok');
    expect(stdoutOf(r)).toEqual(['other runs', 'then of return', 'then of arrow', 'then of class', 'then of literal', 'then of static',
      'then of resolve', 'then of withResolvers']);
    expect(taskOfLine(r, 'then of return')).toBe('viaReturn');
    expect(taskOfLine(r, 'then of arrow')).toBe('viaArrow');
    expect(taskOfLine(r, 'then of class')).toBe('viaClass');
    expect(taskOfLine(r, 'then of literal')).toBe('viaLiteral');
    expect(taskOfLine(r, 'then of static')).toBe('viaStatic');
    expect(taskOfLine(r, 'then of resolve')).toBe('viaResolve');
    expect(taskOfLine(r, 'then of withResolvers')).toBe('viaWithResolvers');
  });

  it('hostile: a then getter, a Proxy and a custom Promise.resolve receiver are read exactly as Node reads them', async () => {
    const r = await run(
      'let reads = 0;',
      'const getter = { get then() { reads++; return (res) => res("g"); } };',
      'const proxied = new Proxy({ then(res) { res("p"); } }, { get(t, k) { if (k === "then") reads++; return t[k]; } });',
      'function Custom(ex) { ex((v) => console.log("custom resolve got the same object:", v === getter), () => {}); }',
      'async function f() { return getter; }',
      'async function g() { return proxied; }',
      'Promise.resolve.call(Custom, getter);',
      'Promise.all([f(), g(), Promise.resolve(getter), new Promise((r) => r(proxied))]).then((vs) => console.log(vs.join(), reads));',
    );
    expect(r.status, JSON.stringify(r.error)).toBe('ok');
    // Node 24: each resolution reads `then` once (the custom resolve, which reads none, sees the value itself).
    expect(stdoutOf(r)).toEqual(['custom resolve got the same object: true', 'g,p,g,p 4']);
  });
});

describe('golden: long promise chains fit the isolate', () => {
  it('a then chain of 200,000 links completes with Node’s output and the promise states it shows', async () => {
    const r = await run(
      'let p = Promise.resolve(0);',
      'for (let i = 0; i < 200000; i++) p = p.then((v) => v + 1);',
      'console.log(p);',
      'p.then((v) => { console.log("done", v); console.log(p); });',
    );
    expect(r.status, JSON.stringify(r.error)).toBe('ok');
    expect(stdoutOf(r)).toEqual(['Promise { <pending> }', 'done 200000', 'Promise { 200000 }']);
  });

  it('a rejected chain of 200,000 catch-less links passes the rejection down to its last link', async () => {
    const r = await run(
      'let p = Promise.reject(new Error("first"));',
      'for (let i = 0; i < 200000; i++) p = p.then((v) => v + 1);',
      'p.catch((e) => { console.log("caught", e.message); });',
    );
    expect(r.status, JSON.stringify(r.error)).toBe('ok');
    expect(stdoutOf(r)).toEqual(['caught first']);
  });
});
