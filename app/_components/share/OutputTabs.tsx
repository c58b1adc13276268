'use client';
// Tabs over the snippet page's output: the shown run (timeline + console) or the run history.
// WAI-ARIA tabs pattern: arrow keys move between tabs, only the active panel is mounted.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export type OutputTab = 'run' | 'history';
const TABS: ReadonlyArray<{ id: OutputTab; label: string }> = [{ id: 'run', label: 'Timeline & console' }, { id: 'history', label: 'Run history' }];

export function OutputTabs({ active, onSelect, historyCount, children }: { active: OutputTab; onSelect(tab: OutputTab): void; historyCount: number; children: ReactNode }) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const next = TABS[(TABS.findIndex((tab) => tab.id === active) + 1) % TABS.length].id;
    onSelect(next);
    list.current?.querySelector<HTMLButtonElement>(`[data-tab="${next}"]`)?.focus();
  };
  return (
    <>
      <div className="tabs" role="tablist" aria-label="Output" ref={list} onKeyDown={onKeyDown}>
        {TABS.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`tab-${tab.id}`}
            data-tab={tab.id}
            data-testid={`${tab.id}-tab`}
            aria-selected={tab.id === active}
            aria-controls={`panel-${tab.id}`}
            tabIndex={tab.id === active ? 0 : -1}
            className="tabs__tab"
            onClick={() => onSelect(tab.id)}
          >
            {tab.label}{tab.id === 'history' ? ` (${historyCount})` : ''}
          </button>
        ))}
      </div>
      <div className="tabs__panel" role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`}>
        {children}
      </div>
    </>
  );
}
