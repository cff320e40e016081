/**
 * The prerender's first paint, presented: the explorer's page is taken over by the live app
 * only once the browser has reported its first contentful paint (src/main.ts waits for it
 * before it mounts the app, which replaces the prerender's header and sections).
 *
 * The browser times a paint when the frame reaches the screen, and times the largest paint's
 * candidates then too. An element the page removes before that, as the live layout removes the
 * prerender's lede and summary, is never a candidate: its twin in the live layout, painted a
 * frame or more later, became the largest paint instead. That happened in Lighthouse's loads
 * whose first frame took long to reach the screen (first paint 1,233-1,254 ms, largest paint
 * 52-75 ms later: the prerender's lede, then the live page's), not in those that were quick
 * (first paint = largest paint, 207-257 ms). The app's code usually arrives after the first
 * paint anyway; where it is ready first, it waits for it.
 */

/** The longest the app waits for the paint to be reported (a safety net: it always is). */
export const FIRST_PAINT_WAIT_MS = 2000;

/**
 * Resolves once the page's first contentful paint has been reported, or at once where none
 * is to be waited for: a page that shows no prerender (an embed, another language: `fp-other`),
 * a hidden page (it paints when shown), a browser without paint timing. A page hidden while
 * it waits stops waiting, and so does one that has waited FIRST_PAINT_WAIT_MS.
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
    const done = () => {
      observer.disconnect();
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', done);
      resolve();
    };
    const observer = new PerformanceObserver((list) => {
      if (list.getEntriesByName('first-contentful-paint').length > 0) done();
    });
    const timer = setTimeout(done, FIRST_PAINT_WAIT_MS);
    document.addEventListener('visibilitychange', done);
    observer.observe({ type: 'paint', buffered: true });
  });
}
