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
  /**
   * Let go after this many frames in any case (600: about ten seconds in view; a tab opened
   * in the background draws no frames, so its wait starts when the reader turns to it).
   */
  readonly maxFrames?: number;
}

/**
 * Scrolls the chart `find` gives into view and brings it back each frame it has moved, until
 * the page has `settled` and then stayed still for `quietFrames` frames, `maxFrames` have been
 * drawn, or the reader takes over: scrolls (by any means: the view moved while the chart kept
 * its place in the page), touches, clicks or presses a key. `find` is asked each frame: the
 * chart a section below the fold prerendered is replaced by the live one as the section mounts.
 * Returns a function that lets go at once.
 */
export function keepInView(
  find: () => Element | null,
  settled: Promise<unknown>,
  { quietFrames = 60, maxFrames = 600 }: KeepOptions = {},
): () => void {
  let isSettled = false;
  let quiet = 0;
  let frames = 0;
  let frame = 0;
  let stopped = false;
  void settled.then(() => (isSettled = true));
  let el = find();
  /** Where the chart is in the view, and in the page, as the last scroll left it. */
  let aligned = 0;
  let inPage = 0;
  const align = () => {
    el?.scrollIntoView();
    // The top of the view, or short of it at the page's end.
    aligned = el?.getBoundingClientRect().top ?? 0;
    inPage = aligned + scrollY;
  };
  /** Whether the page has grown enough below a chart left short of the top to bring it there. */
  const canRise = () =>
    aligned > 0.5 && scrollY + innerHeight < document.documentElement.scrollHeight - 0.5;
  align();
  const stop = () => {
    if (stopped) return;
    stopped = true;
    cancelAnimationFrame(frame);
    for (const type of READER) removeEventListener(type, stop, true);
    removeEventListener('scroll', onScroll, true);
  };
  // A scroll that moved the view while the chart kept its place in the page is the reader's
  // (a scrollbar, a screen reader); one that came with the page's layout moving under the
  // chart is the browser's (scroll anchoring), and the next frame brings the chart back.
  const onScroll = () => {
    if (!el) return;
    const top = el.getBoundingClientRect().top;
    if (Math.abs(top + scrollY - inPage) <= 0.5 && Math.abs(top - aligned) > 0.5) stop();
  };
  const check = () => {
    const now = find();
    if (
      now !== el ||
      (el && Math.abs(el.getBoundingClientRect().top - aligned) > 0.5) ||
      canRise()
    ) {
      // Replaced (its section has mounted), gone for now (mounting), moved, or free to rise.
      el = now;
      align();
      quiet = 0;
    } else if (isSettled) quiet++;
    if (quiet >= quietFrames || ++frames >= maxFrames) return stop();
    frame = requestAnimationFrame(check);
  };
  for (const type of READER) addEventListener(type, stop, { capture: true, passive: true });
  addEventListener('scroll', onScroll, { capture: true, passive: true });
  frame = requestAnimationFrame(check);
  return stop;
}
