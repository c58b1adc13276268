'use client';
// A resizable two-pane split: side by side on wide screens, stacked on narrow ones. The divider
// is a focusable separator that arrow keys move too.
import { useCallback, useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';

const MIN_RATIO = 0.2;
const MAX_RATIO = 0.8;
const KEY_STEP = 0.05;

const clamp = (ratio: number) => Math.min(MAX_RATIO, Math.max(MIN_RATIO, ratio));

export function SplitPane({ first, second, label }: { first: ReactNode; second: ReactNode; label: string }) {
  const [ratio, setRatio] = useState(0.45);
  const container = useRef<HTMLDivElement>(null);

  // Narrow layouts stack the panes (CSS decides), so the drag axis follows the layout.
  const isStacked = () => container.current ? getComputedStyle(container.current).flexDirection === 'column' : false;

  const onPointerDown = useCallback((event: PointerEvent<HTMLDivElement>) => {
    event.currentTarget.setPointerCapture(event.pointerId);
  }, []);

  const onPointerMove = useCallback((event: PointerEvent<HTMLDivElement>) => {
    if (!event.currentTarget.hasPointerCapture(event.pointerId) || !container.current) return;
    const box = container.current.getBoundingClientRect();
    const next = isStacked() ? (event.clientY - box.top) / box.height : (event.clientX - box.left) / box.width;
    setRatio(clamp(next));
  }, []);

  const onKeyDown = useCallback((event: KeyboardEvent<HTMLDivElement>) => {
    const delta = { ArrowLeft: -KEY_STEP, ArrowUp: -KEY_STEP, ArrowRight: KEY_STEP, ArrowDown: KEY_STEP }[event.key];
    if (delta === undefined) return;
    event.preventDefault();
    setRatio((current) => clamp(current + delta));
  }, []);

  return (
    <div className="split" ref={container} style={{ ['--split' as string]: String(ratio) }}>
      <div className="split__pane split__pane--first">{first}</div>
      <div
        className="split__divider"
        role="separator"
        aria-label={label}
        aria-valuemin={MIN_RATIO * 100}
        aria-valuemax={MAX_RATIO * 100}
        aria-valuenow={Math.round(ratio * 100)}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
        onDoubleClick={() => setRatio(0.45)}
      />
      <div className="split__pane split__pane--second">{second}</div>
    </div>
  );
}
