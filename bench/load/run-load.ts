// `npm run load` (via bin/load): starts the production server, runs the load phases against it and
// prints Markdown tables. Phases: a 90/10 benign/hostile mix (benign seeds repeat, so the result
// cache answers most), the same mix with every benign program unique (every run executes), an
// overload of unique CPU-heavy programs, then benign probes until the server has recovered.
import { parseArgs } from 'node:util';
import { runPhase, type Pick } from './phase.ts';
import { ClassStats } from './class-stats.ts';
import { sandboxWorkers, serverRssMb, startServer, type Server } from '../../e2e/production-server.ts';
import { ATTACKER_ADDRESSES, CPU_HEAVY, benignPrograms, hostilePrograms, unique, userAddress } from './programs.ts';
import { resultsTable, runStatusSummary, targetsTable, type Row, type Target } from './table.ts';

/** Benign p99 latency target, in ms. */
const BENIGN_P99_TARGET_MS = 250;
/** Server memory growth over the overload (to after recovery) still counted as bounded, in MB. */
const OVERLOAD_RSS_GROWTH_LIMIT_MB = 50;
/** Pause between recovery probes, in ms. */
const PROBE_INTERVAL_MS = 200;
/** How often server memory is sampled during the overload, in ms. */
const RSS_SAMPLE_MS = 250;
/** Requests that warm the cold server (route compilation, JIT) before anything is measured. */
const WARM_UP_REQUESTS = 20;

const { values: args } = parseArgs({
  options: {
    port: { type: 'string', default: '4300' },
    seconds: { type: 'string', default: '60' },
    connections: { type: 'string', default: '32' },
    'hostile-percent': { type: 'string', default: '10' }, // 0: a benign-only baseline
    unique: { type: 'string', default: 'both' }, // both | cached | unique: which mixed phases run
    'overload-seconds': { type: 'string', default: '5' },
    'overload-connections': { type: 'string', default: '200' },
    'recovery-seconds': { type: 'string', default: '20' },
  },
});
const seconds = Number(args.seconds);
const connections = Number(args.connections);
/** Every hostileEvery-th request of a mixed phase is hostile (10 for 10% by count; 0 for none). */
const hostileEvery = Number(args['hostile-percent']) > 0 ? Math.round(100 / Number(args['hostile-percent'])) : 0;

/** Numbers requests across phases, so every benign request has an address never seen before. */
let requestNo = 0;

function mixedPicker(uniqueBenign: boolean): (n: number) => Pick {
  return (n) => {
    const k = requestNo++;
    if (hostileEvery > 0 && n % hostileEvery === hostileEvery - 1) {
      const h = Math.floor(n / hostileEvery);
      // an attacker would defeat the result cache too: every hostile body is unique
      return { klass: 'hostile', code: unique(hostilePrograms[h % hostilePrograms.length]!, k), address: ATTACKER_ADDRESSES[h % ATTACKER_ADDRESSES.length]! };
    }
    const seed = benignPrograms[n % benignPrograms.length]!;
    return { klass: 'benign', code: uniqueBenign ? unique(seed, k) : seed, address: userAddress(k) };
  };
}

async function mixedPhase(server: Server, name: string, uniqueBenign: boolean): Promise<Row[]> {
  console.error(`# ${name}: ${seconds} s, ${connections} connections`);
  const stats = await runPhase({ baseUrl: server.url, connections, seconds, pick: mixedPicker(uniqueBenign), readStatusOf: new Set(['benign']) });
  return [...stats.values()].sort((a, b) => a.name.localeCompare(b.name)).map((s) => ({ phase: name, stats: s, seconds }));
}

async function overloadPhase(server: Server): Promise<{ rows: Row[]; rss: { before: number; peak: number } }> {
  const overloadSeconds = Number(args['overload-seconds']);
  console.error(`# overload: ${overloadSeconds} s, ${args['overload-connections']} connections of unique CPU-heavy programs`);
  const before = serverRssMb(server);
  let peak = before;
  const sampler = setInterval(() => { peak = Math.max(peak, serverRssMb(server)); }, RSS_SAMPLE_MS);
  const stats = await runPhase({
    baseUrl: server.url,
    connections: Number(args['overload-connections']),
    seconds: overloadSeconds,
    pick: () => { const k = requestNo++; return { klass: 'cpu-heavy', code: unique(CPU_HEAVY, k), address: userAddress(k) }; },
    readStatusOf: new Set(),
  });
  clearInterval(sampler);
  return { rows: [...stats.values()].map((s) => ({ phase: 'overload', stats: s, seconds: overloadSeconds })), rss: { before, peak } };
}

/**
 * Unique benign runs one after another, as a user would retry: when does the first one pass?
 * Times are when answers arrive, in s after the overload ended.
 */
async function recoveryProbe(server: Server): Promise<{ row: Row; firstOkAfterS: number; lastFailedAfterS: number }> {
  const recoverySeconds = Number(args['recovery-seconds']);
  console.error(`# recovery: benign probes every ${PROBE_INTERVAL_MS} ms for ${recoverySeconds} s`);
  const stats = new ClassStats('benign probe');
  const started = performance.now();
  let firstOkAfterS = NaN;
  let lastFailedAfterS = NaN;
  while (performance.now() - started < recoverySeconds * 1000) {
    const k = requestNo++;
    const sent = performance.now();
    try {
      const response = await fetch(`${server.url}/api/run`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'x-forwarded-for': userAddress(k) },
        body: JSON.stringify({ code: unique(benignPrograms[k % benignPrograms.length]!, k) }),
      });
      const body = (await response.json()) as { status?: string };
      stats.answer({ status: response.status, retryAfter: response.headers.has('retry-after'), latencyMs: performance.now() - sent, runStatus: response.ok ? body.status : undefined });
      const at = (performance.now() - started) / 1000;
      if (response.ok && Number.isNaN(firstOkAfterS)) firstOkAfterS = at;
      if (!response.ok) lastFailedAfterS = at;
    } catch {
      stats.failed('error');
      lastFailedAfterS = (performance.now() - started) / 1000;
    }
    await new Promise((resolve) => setTimeout(resolve, PROBE_INTERVAL_MS));
  }
  return { row: { phase: 'after overload', stats, seconds: recoverySeconds }, firstOkAfterS, lastFailedAfterS };
}

function benignTargets(rows: Row[]): Target[] {
  return rows.filter((r) => r.stats.name === 'benign').flatMap(({ phase, stats }) => [
    { what: `${phase}: benign non-2xx = 0`, measured: `${stats.non2xx} of ${stats.requests}`, met: stats.non2xx === 0 },
    { what: `${phase}: benign p99 < ${BENIGN_P99_TARGET_MS} ms`, measured: `${stats.percentile(99).toFixed(0)} ms`, met: stats.percentile(99) < BENIGN_P99_TARGET_MS },
    { what: `${phase}: benign runs end \`ok\``, measured: runStatusSummary(stats), met: stats.runStatuses.get('ok') === stats.ok2xx },
  ]);
}

function mixLine(rows: Row[]): string {
  return [...new Set(rows.map((r) => r.phase))].map((phase) => {
    const of = (klass: string) => rows.find((r) => r.phase === phase && r.stats.name === klass)?.stats.requests ?? 0;
    const total = of('benign') + of('hostile');
    const share = (n: number) => `${n} (${((100 * n) / total).toFixed(1)}%)`;
    return `${phase}: benign ${share(of('benign'))}, hostile ${share(of('hostile'))}`;
  }).join('; ');
}

/** Trivial unique programs, one at a time: warms the server without warming the result cache. */
async function warmUp(server: Server): Promise<void> {
  for (let i = 0; i < WARM_UP_REQUESTS; i++) {
    const response = await fetch(`${server.url}/api/run`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': '198.51.100.1' },
      body: JSON.stringify({ code: `console.log(${i});` }),
    });
    if (!response.ok) throw new Error(`warm-up request answered ${response.status}`);
  }
}

async function main(): Promise<void> {
  const server = await startServer(Number(args.port), {});
  const stopAndExit = () => void server.stop().then(() => process.exit(130));
  process.once('SIGINT', stopAndExit);
  process.once('SIGTERM', stopAndExit);
  try {
    await warmUp(server);
    const mixed: Row[] = [];
    if (args.unique !== 'unique') mixed.push(...(await mixedPhase(server, 'mixed, cached seeds', false)));
    if (args.unique !== 'cached') mixed.push(...(await mixedPhase(server, 'mixed, unique seeds', true)));
    const overload = await overloadPhase(server);
    const recovery = await recoveryProbe(server);
    const rssAfter = serverRssMb(server);
    const heavy = overload.rows.map((r) => r.stats).find((s) => s.name === 'cpu-heavy');
    const badOverload = heavy ? heavy.otherNon2xx + heavy.errors + heavy.timeouts + (heavy.busy503 - heavy.busy503WithRetryAfter) : NaN;

    console.log(resultsTable([...mixed, ...overload.rows, recovery.row]));
    console.log(`\nMix by count: ${mixLine(mixed)}.`);
    console.log(`Server memory (sandbox workers excluded): ${overload.rss.before.toFixed(0)} MB before the overload, ${overload.rss.peak.toFixed(0)} MB peak during it, ${rssAfter.toFixed(0)} MB after recovery; ${sandboxWorkers(server).length} sandbox workers alive.`);
    const lastFailed = Number.isNaN(recovery.lastFailedAfterS) ? 'none' : `${recovery.lastFailedAfterS.toFixed(1)} s`;
    console.log(`Recovery (probes one at a time): first benign 2xx answered ${recovery.firstOkAfterS.toFixed(1)} s after the overload ended; last non-2xx answered at ${lastFailed}.\n`);
    console.log(targetsTable([
      ...benignTargets(mixed),
      { what: 'overload: every answer 2xx or 503 with Retry-After (no 500, no timeout)', measured: heavy ? `${badOverload} others of ${heavy.requests} (${heavy.busy503} × 503)` : 'no answers', met: badOverload === 0 },
      { what: `overload: server memory bounded (after recovery < before + ${OVERLOAD_RSS_GROWTH_LIMIT_MB} MB)`, measured: `${overload.rss.before.toFixed(0)} → ${rssAfter.toFixed(0)} MB`, met: rssAfter - overload.rss.before < OVERLOAD_RSS_GROWTH_LIMIT_MB },
      { what: 'after overload: benign runs get through again', measured: `${recovery.row.stats.ok2xx} of ${recovery.row.stats.requests} probes 2xx`, met: recovery.row.stats.ok2xx > 0 && !Number.isNaN(recovery.firstOkAfterS) },
    ]));
  } finally {
    await server.stop();
  }
}

await main();
