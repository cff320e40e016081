import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { keepInView } from '../../src/sections/keepInView';

/** The page's scroll position, and a chart the test moves as sections above it take their sizes. */
const view = { y: 0, height: 720, pageHeight: 10_000 };
function chart() {
  const el = document.createElement('figure');
  document.body.append(el);
  /** Where the chart is in the page. */
  const place = { inPage: 5000, scrolls: 0 };
  el.getBoundingClientRect = () => ({ top: place.inPage - view.y }) as DOMRect;
  // A scroll brings it to the top of the view, or as near as the page's end allows.
  el.scrollIntoView = () => {
    view.y = Math.min(place.inPage, view.pageHeight - view.height);
    place.scrolls++;
  };
  const top = () => place.inPage - view.y;
  return { el, place, top };
}

let frames = new Map<number, FrameRequestCallback>();
let next = 0;
const frame = () => {
  const due = [...frames.values()];
  frames.clear();
  for (const f of due) f(performance.now());
};
const never = new Promise<void>(() => {});
let letGo: (() => void)[] = [];
const keep = (...args: Parameters<typeof keepInView>) => {
  const stop = keepInView(...args);
  letGo.push(stop);
  return stop;
};

beforeEach(() => {
  frames = new Map();
  Object.assign(view, { y: 0, height: 720, pageHeight: 10_000 });
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => {
    frames.set(++next, f);
    return next;
  });
  vi.stubGlobal('cancelAnimationFrame', (id: number) => frames.delete(id));
  Object.defineProperty(window, 'scrollY', { configurable: true, get: () => view.y });
  Object.defineProperty(window, 'innerHeight', { configurable: true, get: () => view.height });
  Object.defineProperty(document.documentElement, 'scrollHeight', {
    configurable: true,
    get: () => view.pageHeight,
  });
});
afterEach(() => {
  for (const stop of letGo) stop();
  letGo = [];
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('a link to one chart keeps the chart in view', () => {
  test('it scrolls at once, and again each time the sections above move the chart', async () => {
    const { el, place, top } = chart();
    let settle = () => {};
    const settling = new Promise<void>((resolve) => (settle = resolve));
    keep(() => el, settling, { quietFrames: 3 });
    expect([place.scrolls, top()]).toEqual([1, 0]);
    // A section above takes its real size: the chart is pushed down, then brought back.
    place.inPage += 508;
    frame();
    expect([place.scrolls, top()]).toEqual([2, 0]);
    // Still: no scroll, and it keeps watching while the page is not settled.
    for (let i = 0; i < 10; i++) frame();
    expect(place.scrolls).toBe(2);
    expect(frames.size).toBe(1);
    settle();
    await settling;
    place.inPage -= 120;
    frame();
    expect([place.scrolls, top()]).toEqual([3, 0]);
    // Once settled, three still frames and it lets go.
    for (let i = 0; i < 3; i++) frame();
    expect(frames.size).toBe(0);
    place.inPage += 40;
    frame();
    expect(place.scrolls).toBe(3);
  });

  test('at the page’s end it stops short of the top without scrolling again, and rises once the page below grows', async () => {
    const { el, place, top } = chart();
    place.inPage = 9500;
    keep(() => el, never, { quietFrames: 2 });
    expect(top()).toBe(220);
    for (let i = 0; i < 5; i++) frame();
    expect(place.scrolls).toBe(1);
    view.pageHeight = 12_000;
    frame();
    expect([place.scrolls, top()]).toEqual([2, 0]);
  });

  test.each(['wheel', 'touchstart', 'keydown', 'pointerdown'])(
    'the reader takes over (%s): it lets go',
    (type) => {
      const { el, place } = chart();
      keep(() => el, never);
      dispatchEvent(new Event(type));
      place.inPage += 200;
      frame();
      expect(place.scrolls).toBe(1);
      expect(frames.size).toBe(0);
    },
  );

  test('a scroll of the reader’s own (a scrollbar, a screen reader) lets go; one that comes with the page moving under the chart does not', () => {
    const { el, place } = chart();
    keep(() => el, never);
    // Scroll anchoring: the page moved under the chart, and the view with it.
    place.inPage += 300;
    view.y += 280;
    dispatchEvent(new Event('scroll'));
    frame();
    expect(place.scrolls).toBe(2);
    expect(frames.size).toBe(1);
    // The reader drags the scrollbar: the view moves, the chart keeps its place in the page.
    view.y -= 400;
    dispatchEvent(new Event('scroll'));
    frame();
    expect(place.scrolls).toBe(2);
    expect(frames.size).toBe(0);
  });

  test('it lets go after its most frames (a hidden tab draws none, so waits for none), and when asked to', () => {
    const { el, place } = chart();
    keep(() => el, never, { maxFrames: 5 });
    for (let i = 0; i < 4; i++) frame();
    expect(frames.size).toBe(1);
    frame();
    expect(frames.size).toBe(0);
    const other = chart();
    const stop = keep(() => other.el, never);
    stop();
    other.place.inPage += 90;
    frame();
    expect(other.place.scrolls).toBe(1);
    expect(place.scrolls).toBe(1);
  });

  test('the prerendered chart replaced by its live section: it follows the live one', () => {
    const prerendered = chart();
    let now: Element | null = prerendered.el;
    keep(() => now, never);
    // The section empties its place, then mounts its chart a frame later, further down.
    now = null;
    frame();
    const live = chart();
    live.place.inPage = prerendered.place.inPage + 508;
    now = live.el;
    frame();
    expect([live.place.scrolls, live.top()]).toEqual([1, 0]);
    live.place.inPage += 30;
    frame();
    expect([live.place.scrolls, live.top()]).toEqual([2, 0]);
    expect(prerendered.place.scrolls).toBe(1);
  });
});
