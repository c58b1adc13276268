// The dashboard bench's server render: bundles the dashboard's React components with esbuild (the
// bench runs on plain Node, which cannot load .tsx) and renders them to HTML as the page's server
// render would, so the bench's server time includes markup, not only data.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { projectRoot } from '../../lib/env.ts';
import type { TeacherDashboardView } from '../../lib/usecases/classroom/dashboard.ts';
import type { SubmissionSummary } from '../../lib/db/submissions.ts';

const ENTRY = `
import { createElement as h } from 'react';
import { renderToString } from 'react-dom/server';
import { DashboardTable } from '@/app/_components/classroom/DashboardTable.tsx';
import { PassRates } from '@/app/_components/classroom/PassRates.tsx';
import { BehaviourGroups } from '@/app/_components/classroom/BehaviourGroups.tsx';
import { Histogram } from '@/app/_components/classroom/Histogram.tsx';
import { AllSubmissions } from '@/app/_components/classroom/AllSubmissions.tsx';
export function render(view, all) {
  return renderToString(h('div', null,
    h(DashboardTable, { rows: view.rows, checks: view.checks, rates: view.passRates }),
    h(PassRates, { rates: view.passRates }),
    h(BehaviourGroups, { groups: view.groups }),
    h(Histogram, { bins: view.scoreBins, testId: 'score-histogram' }),
    h(Histogram, { bins: view.timeBins, target: view.targetMs === null ? null : { value: view.targetMs, label: 'budget' } }),
    h(AllSubmissions, { submissions: all.map((s) => ({ ...s, username: 'x' })) })));
}
`;

async function load(): Promise<(view: TeacherDashboardView, all: SubmissionSummary[]) => string> {
  const root = projectRoot();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'taskline-dashboard-render-'));
  const out = path.join(dir, 'render.cjs');
  await build({
    stdin: { contents: ENTRY, resolveDir: root, loader: 'jsx' },
    bundle: true, platform: 'node', format: 'cjs', outfile: out, jsx: 'automatic',
    alias: { '@': root }, define: { 'process.env.NODE_ENV': '"production"' }, logLevel: 'error',
    loader: { '.css': 'empty' },
  });
  try {
    return ((await import(pathToFileURL(out).href)) as { render: (view: TeacherDashboardView, all: SubmissionSummary[]) => string }).render;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

export const renderDashboard = await load();
