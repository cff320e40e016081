/**
 * Work that can wait for the frame. Writing the browser's history (`pushState`, `replaceState`)
 * makes Chromium lay the page out at once, to keep the scroll position with the entry: in a
 * change's own task that layout came before the change's first answer was on the page, and
 * cost more than the same layout in the frame's update (a page's first change: a third of its
 * task). Done in a task after the frame's update, the layout is clean unless something in
 * between changed the page again.
 */
import { nextTask } from '../worker/nextTask';

/**
 * Runs `callback` in a task after the next frame's update (its animation callbacks, style,
 * layout and paint on the page's thread), or in the next task where no frame will come (a
 * hidden page, no `requestAnimationFrame`).
 */
export function afterPaint(callback: () => void): void {
  const later = () => void nextTask().then(callback);
  if (typeof requestAnimationFrame !== 'function' || document.hidden) later();
  else requestAnimationFrame(later);
}

/**
 * Writes kept in order and done together after the next frame (`schedule`: `afterPaint` by
 * default); `flush` does those waiting at once, `drop` forgets them (the browser moved to
 * another entry first: back or forward).
 */
export function createWritesAfterPaint(schedule: (callback: () => void) => void = afterPaint) {
  let pending: (() => void)[] = [];
  /** Which scheduled time is the current one: a flush or a drop makes the earlier one void. */
  let round = 0;
  const flush = () => {
    round++;
    const writes = pending;
    pending = [];
    for (const write of writes) write();
  };
  return {
    add(write: () => void): void {
      if (pending.length === 0) {
        const mine = ++round;
        schedule(() => mine === round && flush());
      }
      pending.push(write);
    },
    flush,
    drop(): void {
      round++;
      pending = [];
    },
    get waiting(): number {
      return pending.length;
    },
    /**
     * Does the writes waiting at once when the reader does anything next (a key or a pointer
     * pressed: before the page handles it, so a skip link or a button that reads the address
     * finds it written), when the page is hidden, and when it is left (`pagehide`: late for a
     * reload, which has taken the address it reloads by then). Returns what stops it, which
     * does the writes waiting too.
     */
    listen(target: Window = window): () => void {
      const hidden = () => target.document.hidden && flush();
      const input = { capture: true } as const;
      target.addEventListener('keydown', flush, input);
      target.addEventListener('pointerdown', flush, input);
      target.addEventListener('pagehide', flush);
      target.document.addEventListener('visibilitychange', hidden);
      return () => {
        flush();
        target.removeEventListener('keydown', flush, input);
        target.removeEventListener('pointerdown', flush, input);
        target.removeEventListener('pagehide', flush);
        target.document.removeEventListener('visibilitychange', hidden);
      };
    },
  };
}
