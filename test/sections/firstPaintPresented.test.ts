import { afterEach, describe, expect, test, vi } from 'vitest';
import { FIRST_PAINT_WAIT_MS, firstPaintPresented } from '../../src/sections/firstPaintPresented';
import { createPageHost } from '../../src/sections/browserSectionHost';

type Entry = { name: string; startTime: number; paintTime?: number };
/** A browser's paint timing whose entries the test reports (`paint`), and what was observed. */
function paintTiming(supported = ['paint', 'largest-contentful-paint'], throws = false) {
  const observers: { callback: (list: { getEntriesByName(n: string): Entry[] }) => void }[] = [];
  const observed: unknown[] = [];
  let disconnected = 0;
  class FakeObserver {
    static supportedEntryTypes = supported;
    constructor(readonly callback: (list: { getEntriesByName(n: string): Entry[] }) => void) {}
    observe(options: unknown) {
      if (throws) throw new TypeError('no such entry type');
      observed.push(options);
      observers.push(this);
    }
    disconnect() {
      disconnected++;
    }
  }
  vi.stubGlobal('PerformanceObserver', FakeObserver);
  return {
    observed,
    disconnected: () => disconnected,
    /** Paints reported, drawn at `drawn` ms (shown 20 ms later). */
    paint(names: string[], drawn = 500) {
      const entries = names.map((name) => ({ name, startTime: drawn + 20, paintTime: drawn }));
      for (const o of observers)
        o.callback({ getEntriesByName: (n) => entries.filter((e) => e.name === n) });
    },
  };
}
/** The page parsed at `at` ms (its navigation timing's domInteractive). */
const parsedAt = (at: number) =>
  vi
    .spyOn(performance, 'getEntriesByType')
    .mockImplementation((type) =>
      type === 'navigation' ? ([{ domInteractive: at }] as unknown as PerformanceEntryList) : [],
    );
/** Animation frames the test draws, one at a time. */
function frames() {
  const waiting: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: () => void) => waiting.push(callback));
  return {
    draw: () => waiting.splice(0).forEach((c) => c()),
    get waiting() {
      return waiting.length;
    },
  };
}
/** Whether `promise` has settled, after the microtasks queued so far. */
async function settled(promise: Promise<unknown>) {
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}
const setVisibility = (state: DocumentVisibilityState) =>
  Object.defineProperty(document, 'visibilityState', { value: state, configurable: true });

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  document.documentElement.className = '';
  setVisibility('visible');
});

describe('the prerender’s first paint, presented', () => {
  test('waits for the first contentful paint (buffered: one already reported counts), and stops watching', async () => {
    const timing = paintTiming();
    parsedAt(400);
    const presented = firstPaintPresented();
    expect(timing.observed).toEqual([{ type: 'paint', buffered: true }]);
    expect(await settled(presented)).toBe(false);
    // A first paint with nothing contentful in it is not the one.
    timing.paint(['first-paint']);
    expect(await settled(presented)).toBe(false);
    // Drawn after the page was parsed: the whole first screen was in it.
    timing.paint(['first-paint', 'first-contentful-paint'], 450);
    expect(await settled(presented)).toBe(true);
    expect(timing.disconnected()).toBeGreaterThanOrEqual(1);
  });

  test('a first paint drawn before the page was parsed (part of the first screen) is followed by two frames', async () => {
    const timing = paintTiming();
    const drawn = frames();
    parsedAt(400);
    const presented = firstPaintPresented();
    timing.paint(['first-contentful-paint'], 300);
    expect(await settled(presented)).toBe(false);
    drawn.draw();
    expect(await settled(presented)).toBe(false);
    drawn.draw();
    expect(await settled(presented)).toBe(true);
    // Where the browser gives no navigation timing, the same.
    vi.restoreAllMocks();
    const unknown = firstPaintPresented();
    timing.paint(['first-contentful-paint'], 300);
    expect(await settled(unknown)).toBe(false);
    drawn.draw();
    drawn.draw();
    expect(await settled(unknown)).toBe(true);
  });

  test('does not wait where no prerender is shown, the page is hidden or there is no paint timing', async () => {
    const timing = paintTiming();
    document.documentElement.classList.add('fp-other');
    expect(await settled(firstPaintPresented())).toBe(true);
    document.documentElement.classList.remove('fp-other');
    setVisibility('hidden');
    expect(await settled(firstPaintPresented())).toBe(true);
    setVisibility('visible');
    expect(timing.observed).toEqual([]);
    paintTiming(['largest-contentful-paint']);
    expect(await settled(firstPaintPresented())).toBe(true);
    // An engine that cannot watch paints so.
    paintTiming(['paint'], true);
    expect(await settled(firstPaintPresented())).toBe(true);
    vi.stubGlobal('PerformanceObserver', undefined);
    expect(await settled(firstPaintPresented())).toBe(true);
  });

  test('stops waiting when the page is hidden, or after FIRST_PAINT_WAIT_MS', async () => {
    paintTiming();
    const hidden = firstPaintPresented();
    expect(await settled(hidden)).toBe(false);
    document.dispatchEvent(new Event('visibilitychange'));
    expect(await settled(hidden)).toBe(true);
    vi.useFakeTimers();
    const late = firstPaintPresented();
    vi.advanceTimersByTime(FIRST_PAINT_WAIT_MS - 1);
    expect(await settled(late)).toBe(false);
    vi.advanceTimersByTime(1);
    expect(await settled(late)).toBe(true);
  });

  test('the page’s host is ready only once the first paint is reported', async () => {
    const timing = paintTiming();
    parsedAt(400);
    const host = createPageHost(document.createElement('div'), () => true);
    expect(await settled(host)).toBe(false);
    timing.paint(['first-contentful-paint'], 450);
    expect(typeof (await host).settled).toBe('function');
  });
});
