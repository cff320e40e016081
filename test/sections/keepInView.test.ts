import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { keepInView } from '../../src/sections/keepInView';

/** A chart whose place on screen the test moves, as sections above it take their sizes. */
function chart(clampAt = 0) {
  const el = document.createElement('figure');
  document.body.append(el);
  const place = { top: 0, scrolls: 0 };
  el.getBoundingClientRect = () => ({ top: place.top }) as DOMRect;
  // A scroll brings it to the top of the view, or as near as the page's end allows.
  el.scrollIntoView = () => {
    place.top = clampAt;
    place.scrolls++;
  };
  return { el, place };
}

let frames: FrameRequestCallback[] = [];
const frame = () => frames.splice(0).forEach((f) => f(performance.now()));
const settledNow = Promise.resolve();

beforeEach(() => {
  frames = [];
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
  vi.stubGlobal('cancelAnimationFrame', () => (frames = []));
});
afterEach(() => {
  vi.unstubAllGlobals();
  document.body.replaceChildren();
});

describe('a link to one chart keeps the chart in view', () => {
  test('it scrolls at once, and again each time the sections above move the chart', async () => {
    const { el, place } = chart();
    let settle = () => {};
    const settling = new Promise<void>((resolve) => (settle = resolve));
    keepInView(() => el, settling, { quietFrames: 3 });
    expect(place.scrolls).toBe(1);
    // A section above takes its real size: the chart is pushed down, then brought back.
    place.top = 508;
    frame();
    expect(place).toEqual({ top: 0, scrolls: 2 });
    // Still: no scroll, and it keeps watching while the page is not settled.
    for (let i = 0; i < 10; i++) frame();
    expect(place.scrolls).toBe(2);
    expect(frames).toHaveLength(1);
    settle();
    await settling;
    place.top = -120;
    frame();
    expect(place).toEqual({ top: 0, scrolls: 3 });
    // Once settled, three still frames and it lets go.
    for (let i = 0; i < 3; i++) frame();
    expect(frames).toHaveLength(0);
    place.top = 40;
    frame();
    expect(place.scrolls).toBe(3);
  });

  test('at the page’s end, where it cannot reach the top of the view, it does not keep scrolling', async () => {
    const { el, place } = chart(300);
    keepInView(() => el, settledNow, { quietFrames: 2 });
    await settledNow;
    for (let i = 0; i < 5; i++) frame();
    expect(place).toEqual({ top: 300, scrolls: 1 });
    expect(frames).toHaveLength(0);
  });

  test.each(['wheel', 'touchstart', 'keydown', 'pointerdown'])(
    'the reader takes over (%s): it lets go',
    (type) => {
      const { el, place } = chart();
      keepInView(() => el, new Promise(() => {}));
      dispatchEvent(new Event(type));
      place.top = 200;
      frame();
      expect(place).toEqual({ top: 200, scrolls: 1 });
      expect(frames).toHaveLength(0);
    },
  );

  test('it lets go after its longest wait, and when asked to', () => {
    const { el, place } = chart();
    const now = vi.spyOn(performance, 'now');
    now.mockReturnValue(0);
    keepInView(() => el, new Promise(() => {}), { maxMs: 1000 });
    now.mockReturnValue(1001);
    frame();
    expect(frames).toHaveLength(0);
    now.mockRestore();
    const other = chart();
    const letGo = keepInView(() => other.el, new Promise(() => {}));
    letGo();
    other.place.top = 90;
    frame();
    expect(other.place.scrolls).toBe(1);
    expect(place.scrolls).toBe(1);
  });

  test('the prerendered chart replaced by its live section: it follows the live one', () => {
    const prerendered = chart();
    let now: Element | null = prerendered.el;
    keepInView(() => now, new Promise(() => {}));
    // The section empties its place, then mounts its chart a frame later, further down.
    now = null;
    frame();
    const live = chart();
    live.place.top = 508;
    now = live.el;
    frame();
    expect(live.place).toEqual({ top: 0, scrolls: 1 });
    live.place.top = 30;
    frame();
    expect(live.place.scrolls).toBe(2);
    expect(prerendered.place.scrolls).toBe(1);
  });
});
