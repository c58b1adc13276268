'use client';
// The student × check grid: every rostered student (those without a submission too), their best
// submission's score, run and one cell per check. Hovering or focusing a cell (arrow keys move
// between cells) shows its reason below the sort control; the grid sorts by student, score, or
// the check most failed.
import { useMemo, useState, type KeyboardEvent } from 'react';
import { sortGrid, mostFailedCheck, SORT_KEYS, type GridCheck, type GridRow, type PassRate, type SortKey } from '@/lib/classroom/check-grid.ts';
import { shortDate } from '../../_lib/dates.ts';
import { virtualTime } from '../../_lib/format.ts';
import { RunBadge } from './SubmissionList.tsx';

const SORT_LABELS: Record<SortKey, string> = { student: 'Student', score: 'Score (lowest first)', 'most-failed': 'Check most failed' };

interface Props {
  rows: GridRow[];
  checks: GridCheck[];
  rates: PassRate[];
}

const cellText = (row: GridRow, check: GridCheck, i: number) => {
  const c = row.cells[i];
  if (!c) return `${row.username}, ${check.id}: ${row.bestSubmissionId ? 'not graded under this check (regrade)' : 'no submission'}`;
  return `${row.username}, ${check.id} (${check.kind}): ${c.passed ? 'passed' : 'failed'}, ${c.earned} of ${c.points} points — ${c.reason}`;
};

export function DashboardTable({ rows, checks, rates }: Props) {
  const [sort, setSort] = useState<SortKey>('student');
  const [active, setActive] = useState<{ row: number; col: number }>({ row: 0, col: 0 });
  const [shown, setShown] = useState<string | null>(null);
  const sorted = useMemo(() => sortGrid(rows, sort, rates), [rows, sort, rates]);
  const worst = mostFailedCheck(rates);
  if (!rows.length) return <p className="muted" data-testid="dashboard-empty">No students in this class yet.</p>;

  // Roving focus: one cell is in the tab order; arrow keys, Home and End move between cells.
  const move = (event: KeyboardEvent<HTMLTableElement>) => {
    const step: Record<string, [number, number]> = { ArrowUp: [-1, 0], ArrowDown: [1, 0], ArrowLeft: [0, -1], ArrowRight: [0, 1] };
    let next = active;
    if (event.key in step) next = { row: active.row + step[event.key]![0], col: active.col + step[event.key]![1] };
    else if (event.key === 'Home') next = { row: active.row, col: 0 };
    else if (event.key === 'End') next = { row: active.row, col: checks.length - 1 };
    else return;
    event.preventDefault();
    next = { row: Math.max(0, Math.min(sorted.length - 1, next.row)), col: Math.max(0, Math.min(checks.length - 1, next.col)) };
    setActive(next);
    event.currentTarget.querySelector<HTMLElement>(`[data-cell="${next.row}:${next.col}"]`)?.focus();
  };

  return (
    <div className="grid-wrap">
      <div className="grid-controls">
        <label className="grid-sort">Sort by{' '}
          <select value={sort} onChange={(e) => setSort(e.target.value as SortKey)} data-testid="grid-sort">
            {SORT_KEYS.map((k) => <option key={k} value={k}>{SORT_LABELS[k]}</option>)}
          </select>
        </label>
        <p className="grid-detail" role="status" aria-live="polite" data-testid="grid-detail">{shown ?? 'Hover or focus a cell to read why it passed or failed.'}</p>
      </div>
      <div className="grid-scroll">
        <table className="data-table data-table--compact check-grid" data-testid="dashboard-table" onKeyDown={move}>
          <thead>
            <tr>
              <th scope="col">Student</th><th scope="col">Score</th><th scope="col">Best run</th><th scope="col">Virtual time</th>
              {checks.map((c, i) => (
                <th scope="col" key={c.id} data-testid="grid-check-header" className={i === worst ? 'check-grid__worst' : undefined}>
                  <span className="check-grid__id">{c.id}</span>
                  <span className="check-grid__meta">{c.kind}{c.visible ? '' : ' · hidden'} · {rates[i]!.passed}/{rates[i]!.total}</span>
                </th>
              ))}
              <th scope="col">Latest</th><th scope="col">Late</th><th scope="col">Subs</th>
              <th scope="col"><span className="visually-hidden">Open best submission</span></th>
            </tr>
          </thead>
          <tbody>
            {sorted.map((r, ri) => (
              <tr key={r.studentId} data-testid="dashboard-row" data-username={r.username}>
                <th scope="row" data-testid="row-username">{r.username}</th>
                <td data-testid="row-score">{r.bestScore === null ? <span className="muted">—</span> : `${r.bestScore} / ${r.maxScore}`}</td>
                <td data-testid="row-status">{r.status === null ? <span className="muted">no submission</span> : <RunBadge status={r.status} />}</td>
                {/* A run that did not finish stopped at this time; it did not take it. */}
                <td data-testid="row-virtual">{r.virtualMs === null ? <span className="muted">—</span> : r.status === 'ok' ? virtualTime(r.virtualMs) : <span className="muted">stopped at {virtualTime(r.virtualMs)}</span>}</td>
                {checks.map((check, ci) => {
                  const c = r.cells[ci] ?? null;
                  const text = cellText(r, check, ci);
                  const state = c ? (c.passed ? 'pass' : 'fail') : 'none';
                  return (
                    <td key={check.id} className={`check-cell check-cell--${state}`} data-testid="grid-cell" data-check={check.id} data-state={state}
                      tabIndex={active.row === ri && active.col === ci ? 0 : -1} data-cell={`${ri}:${ci}`} aria-label={text} title={c?.reason}
                      onFocus={() => { setActive({ row: ri, col: ci }); setShown(text); }} onMouseEnter={() => setShown(text)}>
                      <span aria-hidden="true">{c ? `${c.passed ? '✓' : '✗'} ${c.earned}` : '·'}</span>
                    </td>
                  );
                })}
                <td data-testid="row-latest">{r.latestAt ? shortDate(r.latestAt) : <span className="muted">—</span>}</td>
                <td data-testid="row-late">{r.late ? <span className="badge badge--warn">late</span> : <span className="muted">no</span>}</td>
                <td data-testid="row-count">{r.submissions}</td>
                <td>{r.bestSubmissionId && <a href={`/submissions/${r.bestSubmissionId}`} data-testid="row-open">Open best</a>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
