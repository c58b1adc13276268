'use client';
// Two tabs over a workspace's output column (WAI-ARIA tabs: arrow keys move, only the active
// panel is mounted). Labels are the caller's, so the student and submission pages share it.
import { useRef, type KeyboardEvent, type ReactNode } from 'react';

export interface TabSpec<T extends string> { id: T; label: string }

export function PanelTabs<T extends string>({ tabs, active, onSelect, children }: { tabs: ReadonlyArray<TabSpec<T>>; active: T; onSelect(tab: T): void; children: ReactNode }) {
  const list = useRef<HTMLDivElement>(null);
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
    const step = event.key === 'ArrowRight' ? 1 : tabs.length - 1;
    const next = tabs[(tabs.findIndex((t) => t.id === active) + step) % tabs.length]!.id;
    onSelect(next);
    list.current?.querySelector<HTMLButtonElement>(`[data-tab="${next}"]`)?.focus();
  };
  return (
    <>
      <div className="tabs" role="tablist" aria-label="Output" ref={list} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button key={tab.id} type="button" role="tab" id={`tab-${tab.id}`} data-tab={tab.id} data-testid={`${tab.id}-tab`}
            aria-selected={tab.id === active} aria-controls={`panel-${tab.id}`} tabIndex={tab.id === active ? 0 : -1}
            className="tabs__tab" onClick={() => onSelect(tab.id)}>
            {tab.label}
          </button>
        ))}
      </div>
      <div className="tabs__panel" role="tabpanel" id={`panel-${active}`} aria-labelledby={`tab-${active}`}>{children}</div>
    </>
  );
}
