/**
 * A link to one chart (an embed's "open in the explorer", a shared chart's link) opens the page
 * on it. The page's sections arrive and take their real sizes after the first scroll (and a
 * chart's answers arrive after them), so one scroll lands a screen away from the chart on a
 * phone. This scrolls to the chart and keeps it there while the page above it settles.
 */

/** What the reader does that means they have taken over the scrolling. */
const READER = ['wheel', 'touchstart', 'keydown', 'pointerdown'] as const;

export interface KeepOptions {
  /** Once `settled`, frames without a move before letting go (60: about a second). */
  readonly quietFrames?: number;
  /** Let go after this long in any case, ms. */
  readonly maxMs?: number;
}

/**
 * Scrolls the chart `find` gives into view and brings it back each frame it has moved, until
 * the page has `settled` and then stayed still for `quietFrames` frames, `maxMs` have passed,
 * or the reader scrolls, touches, clicks or presses a key. `find` is asked each frame: the
 * chart a section below the fold prerendered is replaced by the live one as the section mounts.
 * Returns a function that lets go at once.
 */
export function keepInView(
  find: () => Element | null,
  settled: Promise<unknown>,
  { quietFrames = 60, maxMs = 10_000 }: KeepOptions = {},
): () => void {
  const start = performance.now();
  let isSettled = false;
  let quiet = 0;
  let frame = 0;
  let stopped = false;
  void settled.then(() => (isSettled = true));
  let el = find();
  const align = () => {
    el?.scrollIntoView();
    // Where a scroll leaves it: the top of the view, or short of it at the page's end.
    return el?.getBoundingClientRect().top ?? 0;
  };
  let aligned = align();
  const stop = () => {
    if (stopped) return;
    stopped = true;
    cancelAnimationFrame(frame);
    for (const type of READER) removeEventListener(type, stop, true);
  };
  const check = () => {
    const now = find();
    if (now !== el) {
      // Replaced (its section has mounted), or gone for now (mounting): not still either way.
      el = now;
      aligned = align();
      quiet = 0;
    } else if (el && Math.abs(el.getBoundingClientRect().top - aligned) > 0.5) {
      aligned = align();
      quiet = 0;
    } else if (isSettled) quiet++;
    if (quiet >= quietFrames || performance.now() - start > maxMs) return stop();
    frame = requestAnimationFrame(check);
  };
  for (const type of READER) addEventListener(type, stop, { capture: true, passive: true });
  frame = requestAnimationFrame(check);
  return stop;
}
