/**
 * Work that can wait for the frame. Writing the browser's history (`pushState`, `replaceState`)
 * makes Chromium lay the page out at once, to keep the scroll position with the entry: in a
 * change's own task that layout came before the change's first answer was on screen, and cost
 * more than the same layout in the frame (a page's first change: a third of its task). Done
 * after the frame, the layout is already clean.
 */
import { nextTask } from '../worker/nextTask';

/** Runs `callback` in a task after the next frame is drawn, or in the next task where no frame will come (a hidden page, no `requestAnimationFrame`). */
export function afterPaint(callback: () => void): void {
  const later = () => void nextTask().then(callback);
  if (typeof requestAnimationFrame !== 'function' || document.hidden) later();
  else requestAnimationFrame(later);
}

/**
 * Writes kept in order and done together after the next frame (`schedule`: `afterPaint` by
 * default); `flush` does those waiting at once (the page is hidden or leaving), `drop` forgets
 * them (the browser moved to another entry first: back or forward).
 */
export function createWritesAfterPaint(schedule: (callback: () => void) => void = afterPaint) {
  let pending: (() => void)[] = [];
  const flush = () => {
    const writes = pending;
    pending = [];
    for (const write of writes) write();
  };
  return {
    add(write: () => void): void {
      if (pending.length === 0) schedule(flush);
      pending.push(write);
    },
    flush,
    drop(): void {
      pending = [];
    },
    get waiting(): number {
      return pending.length;
    },
  };
}
