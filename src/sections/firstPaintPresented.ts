/**
 * The prerender's first paint, presented: the explorer's page is taken over by the live app
 * only once the browser has reported its first contentful paint (src/start.ts waits for it
 * before it mounts the app, which replaces the prerender's header and sections).
 *
 * The browser times a paint when the frame reaches the screen, and times the largest paint's
 * candidates then too. An element the page removes before that, as the live layout removes the
 * prerender's lede and summary, is never a candidate: its twin in the live layout, painted a
 * frame or more later, became the largest paint instead. That happened in Lighthouse's loads
 * whose first frame took long to reach the screen (first paint 1,233-1,254 ms, largest paint
 * 52-75 ms later: the prerender's lede, then the live page's), not in those that were quick
 * (first paint = largest paint, 207-257 ms). A page that shows its prerender asks for the app's
 * code only once it has been painted (src/firstPaint.ts); where the code is ready first (a link
 * to another scenario, whose skeleton asks for it at once), the app waits for the paint.
 *
 * A first frame drawn before the page was parsed may hold only part of the first screen (the
 * title alone, say: 2 of 7 loads at 1280 x 900 first drew the lede without the summary). The
 * browser usually draws its first frame before the parser is through (in most loads), so then
 * the app also waits for two frames drawn since it asked, with the whole prerender in them.
 * Best effort: the browser can report a frame later than that, and no page can learn when.
 */

/** The longest the app waits, ms: a first contentful paint is not always reported (a page that is shown but not drawn). */
export const FIRST_PAINT_WAIT_MS = 2000;

/** Two frames, or none where the page draws none (no requestAnimationFrame). */
const twoFrames = (then: () => void) =>
  typeof requestAnimationFrame === 'function'
    ? requestAnimationFrame(() => requestAnimationFrame(() => then()))
    : then();

/**
 * Resolves once the page's first contentful paint has been reported (and, if that paint came
 * before the page had been parsed, two frames more), or at once where there is nothing to wait
 * for: a page that shows no prerender (another language: `fp-other`; embeds never ask), a
 * hidden page (it paints when shown), a browser without paint timing. A page hidden while it
 * waits stops waiting, and so does one that has waited FIRST_PAINT_WAIT_MS. (A link to another
 * scenario waits too: its skeleton hides the numbers, not the lede, a phone's largest text.)
 */
export function firstPaintPresented(): Promise<void> {
  if (
    document.documentElement.classList.contains('fp-other') ||
    document.visibilityState === 'hidden' ||
    typeof PerformanceObserver !== 'function' ||
    !PerformanceObserver.supportedEntryTypes?.includes('paint')
  )
    return Promise.resolve();
  return new Promise((resolve) => {
    let observer: PerformanceObserver | undefined;
    const done = () => {
      observer?.disconnect();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', done);
      resolve();
    };
    const timer = setTimeout(done, FIRST_PAINT_WAIT_MS);
    document.addEventListener('visibilitychange', done);
    try {
      observer = new PerformanceObserver((list) => {
        const paint = list.getEntriesByName('first-contentful-paint')[0];
        if (!paint) return;
        observer?.disconnect();
        const parsed = (
          performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined
        )?.domInteractive;
        // The first frame was drawn (`paintTime`, where the browser tells it, else when it was
        // shown) before the page was parsed: perhaps only part of the first screen was in it.
        const drawn = (paint as PerformanceEntry & { paintTime?: number }).paintTime;
        if (!parsed || parsed > (drawn ?? paint.startTime)) twoFrames(done);
        else done();
      });
      observer.observe({ type: 'paint', buffered: true });
    } catch {
      done(); // (an engine that cannot watch paints this way: nothing to wait for)
    }
  });
}
