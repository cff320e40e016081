import { afterEach, describe, expect, test, vi } from 'vitest';
import { readFileSync } from 'node:fs';
import Fake from './Fake.svelte';
import Focusable from './Focusable.svelte';

vi.mock('../../src/sections/sections', () => ({
  SECTIONS: new Proxy({}, { get: () => async () => ({ default: Fake }) }),
}));
const { createBrowserSectionHost, SKIPPED_OFF_SCREEN, FRAME_WAIT_MS } =
  await import('../../src/sections/browserSectionHost');

/** An IntersectionObserver whose targets are all far below the screen, or all near it. */
function observer(near: boolean) {
  return class {
    constructor(private readonly callback: (e: { isIntersecting: boolean }[]) => void) {}
    observe() {
      queueMicrotask(() => this.callback([{ isIntersecting: near }]));
    }
    disconnect() {}
  };
}
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
/** The attributes a mount sets on its box, in order (a held section adds data-measuring). */
async function marksOf(mounting: (into: HTMLElement) => Promise<unknown>) {
  const into = document.createElement('div');
  const marks: (string | null)[] = [];
  const watch = new MutationObserver((records) =>
    marks.push(...records.map((r) => r.attributeName)),
  );
  watch.observe(into, { attributes: true });
  await mounting(into);
  await wait(0); // the observer's records
  watch.disconnect();
  return { into, marks };
}
const context = new Map([['word', 'mounted']]);
/** Two sections below the fold, near the screen, and a page whose frames the test draws. */
function twoSections() {
  vi.stubGlobal('IntersectionObserver', observer(true));
  const frames: (() => void)[] = [];
  vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
  const host = createBrowserSectionHost();
  const [first, second] = [document.createElement('div'), document.createElement('div')];
  return { frames, host, first, second };
}
afterEach(() => vi.unstubAllGlobals());

describe('the browser’s section host', () => {
  test('a section far below the screen mounts once the loaded page is idle, not before', async () => {
    vi.stubGlobal('IntersectionObserver', observer(false));
    vi.stubGlobal('requestIdleCallback', undefined); // jsdom has none: the host waits 200 ms
    const host = createBrowserSectionHost();
    const into = document.createElement('div');
    into.textContent = 'placeholder';
    const mounted = host.mount('methodology', into, context);
    await wait(50);
    expect(into.textContent).toBe('placeholder');
    await mounted;
    expect(into.textContent).toBe('mounted');
    expect(into.dataset.mounted).toBe('true');
  });

  test('a section near the screen mounts at once', async () => {
    vi.stubGlobal('IntersectionObserver', observer(true));
    vi.stubGlobal('requestIdleCallback', () => 0); // never idle
    const host = createBrowserSectionHost();
    const into = document.createElement('div');
    await host.mount('tariff', into, context);
    expect(into.textContent).toBe('mounted');
  });

  test('settled waits for every section asked for and every chunk tracked, one mount a task', async () => {
    vi.stubGlobal('IntersectionObserver', observer(true));
    const host = createBrowserSectionHost();
    const boxes = [0, 1, 2].map(() => document.createElement('div'));
    const order: number[] = [];
    boxes.forEach((into, i) => void host.mount('risk', into, context).then(() => order.push(i)));
    let tracked = false;
    host.track?.(wait(30).then(() => (tracked = true)));
    await host.settled();
    expect(boxes.map((b) => b.textContent)).toEqual(['mounted', 'mounted', 'mounted']);
    expect(order).toEqual([0, 1, 2]);
    expect(tracked).toBe(true);
  });

  test('a first-screen section (its component given) mounts without waiting for the page to be idle or near', async () => {
    vi.stubGlobal('IntersectionObserver', observer(false)); // never near
    vi.stubGlobal('requestIdleCallback', () => 0); // never idle
    const host = createBrowserSectionHost();
    const into = document.createElement('div');
    await host.mount('headline', into, context, Fake);
    expect(into.textContent).toBe('mounted');
  });

  test('a kept prerendered section shows in its place until the live one is mounted; nothing else is adopted', async () => {
    vi.stubGlobal('IntersectionObserver', observer(true));
    const page = document.createElement('div');
    page.innerHTML = '<div data-section="tariff"><p>prerendered <b>numbers</b></p></div>';
    const host = createBrowserSectionHost(page);
    const into = document.createElement('div');
    into.append(document.createComment('')); // Svelte's anchor for the placeholder's empty block
    expect(host.adopt?.('tariff', into)).toBe(true);
    expect(into.innerHTML).toBe('<p>prerendered <b>numbers</b></p>');
    expect(into.dataset.adopted).toBe('true');
    const other = document.createElement('div');
    expect(host.adopt?.('risk', other)).toBe(false);
    expect(other.childNodes).toHaveLength(0);
    expect(other.dataset.adopted).toBeUndefined();
    await host.mount('tariff', into, context);
    expect(into.textContent).toBe('mounted');
  });

  test('a reader who has moved into a kept prerendered section stays on the same control once it is live; not on another', async () => {
    vi.stubGlobal('IntersectionObserver', observer(true));
    const page = document.createElement('div');
    page.innerHTML =
      '<div data-section="tariff"><button type="button">mounted</button></div>' +
      '<div data-section="risk"><button type="button">another</button></div>';
    const host = createBrowserSectionHost(page);
    const [into, other] = [document.createElement('div'), document.createElement('div')];
    document.body.append(into, other);
    try {
      expect(host.adopt?.('tariff', into)).toBe(true);
      into.querySelector('button')?.focus();
      await host.mount('tariff', into, context, Focusable);
      const live = into.querySelector('button');
      expect(live?.dataset.live).toBe('true');
      expect(document.activeElement).toBe(live);
      // The prerender showed another control there: the focus is not moved onto this one.
      expect(host.adopt?.('risk', other)).toBe(true);
      other.querySelector('button')?.focus();
      await host.mount('risk', other, context, Focusable);
      expect(document.activeElement).not.toBe(other.querySelector('button'));
      // The live section holds a control its prerender had not, before the one in focus: the
      // focus goes to the same control, further on.
      other.innerHTML = '<button type="button">mounted</button>';
      other.dataset.adopted = 'true';
      other.querySelector('button')?.focus();
      await host.mount(
        'risk',
        other,
        new Map<unknown, unknown>([...context, ['extra', true]]),
        Focusable,
      );
      expect(other.querySelectorAll('button')).toHaveLength(2);
      expect(document.activeElement).toBe(other.querySelector('button[data-live]'));
    } finally {
      into.remove();
      other.remove();
    }
  });

  test('a section kept below the fold sleeps (is skipped) until its live section mounts; one of the first screen never does', async () => {
    vi.stubGlobal('IntersectionObserver', observer(true));
    const page = document.createElement('div');
    page.innerHTML =
      '<div data-section="goods"><p>goods</p></div><div data-section="headline"><p>headline</p></div>';
    const host = createBrowserSectionHost(page);
    const later = document.createElement('div');
    expect(host.adopt?.('goods', later, true)).toBe(true);
    expect(later.dataset.asleep).toBe('');
    const first = document.createElement('div');
    expect(host.adopt?.('headline', first, false)).toBe(true);
    expect(first.dataset.asleep).toBeUndefined();
    // Nothing adopted, nothing asleep (the section shows its placeholder until it mounts).
    const none = document.createElement('div');
    expect(host.adopt?.('projects', none, true)).toBe(false);
    expect(none.dataset.asleep).toBeUndefined();
    await host.mount('goods', later, context);
    expect(later.textContent).toBe('mounted');
    expect(later.dataset.asleep).toBeUndefined();
  });

  test('a kept prerendered section far below the screen is the section until the reader wants it: not mounted when the page is idle; mounted when the reader comes near it or into it, or once the page shows something else', async () => {
    let near = false;
    const watched: (() => void)[] = [];
    const targets: Element[] = [];
    let disconnected = 0;
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(private readonly callback: (e: { isIntersecting: boolean }[]) => void) {}
        observe(target: Element) {
          targets.push(target);
          const tell = () => this.callback([{ isIntersecting: near }]);
          watched.push(tell);
          queueMicrotask(tell); // (the browser's first report, for every target)
        }
        disconnect() {
          disconnected++;
        }
      },
    );
    vi.stubGlobal('requestIdleCallback', (f: () => void) => setTimeout(f, 0)); // always idle
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => setTimeout(f, 0));
    const page = document.createElement('div');
    page.innerHTML = ['tariff', 'sectors', 'compare', 'methodology']
      .map((name) => `<div data-section="${name}"><button type="button">prerendered</button></div>`)
      .join('');
    const host = createBrowserSectionHost(page);
    const [near1, focused, woken, notKept] = ['tariff', 'sectors', 'compare', 'projects'].map(
      (name) => {
        const into = document.createElement('div');
        document.body.append(into);
        host.adopt?.(name as 'tariff', into, true);
        return into;
      },
    ) as unknown as [HTMLElement, HTMLElement, HTMLElement, HTMLElement];
    try {
      const mounts = [
        host.mount('tariff', near1, context),
        host.mount('sectors', focused, context),
        host.mount('compare', woken, context),
        host.mount('projects', notKept, context),
      ];
      // Idle: the section with no prerender mounts; the kept ones stay prerendered, and the
      // page is settled without them.
      await mounts[3];
      expect(notKept.textContent).toBe('mounted');
      await host.settled();
      await wait(50);
      expect([near1, focused, woken].map((el) => el.textContent)).toEqual([
        'prerendered',
        'prerendered',
        'prerendered',
      ]);
      expect([near1, focused, woken].every((el) => el.dataset.asleep === '')).toBe(true);
      // What is watched is each prerender's own element (its wrapper has no box).
      expect(targets.slice(0, 3)).toEqual(
        [near1, focused, woken].map((el) => el.firstElementChild),
      );
      // Far below the screen, nothing either.
      for (const tell of watched) tell();
      await wait(20);
      expect(near1.textContent).toBe('prerendered');
      const before = disconnected;
      // The reader comes near the first, moves the focus into the second.
      near = true;
      watched[0]!();
      await mounts[0];
      expect(near1.textContent).toBe('mounted');
      expect(disconnected).toBe(before + 1); // (its observer let go)
      focused.querySelector('button')!.focus();
      await mounts[1];
      expect(focused.textContent).toBe('mounted');
      expect(woken.textContent).toBe('prerendered');
      // The Monte Carlo's answer wakes the sections it names, and no other.
      host.wake(['tariff', 'risk']);
      await wait(50);
      expect(woken.textContent).toBe('prerendered');
      // The page shows another scenario: every section is wanted.
      host.wake();
      await mounts[2];
      expect(woken.textContent).toBe('mounted');
      expect(woken.dataset.asleep).toBeUndefined();
    } finally {
      for (const el of [near1, focused, woken, notKept]) el.remove();
    }
  });

  test('the page is settled once a kept prerendered section near the screen as it starts is live, not before', async () => {
    // (The browser's first report comes with a frame, after the page's first tasks.)
    vi.stubGlobal(
      'IntersectionObserver',
      class {
        constructor(private readonly callback: (e: { isIntersecting: boolean }[]) => void) {}
        observe() {
          setTimeout(() => this.callback([{ isIntersecting: true }]), 30);
        }
        disconnect() {}
      },
    );
    vi.stubGlobal('requestIdleCallback', () => 0); // never idle
    const page = document.createElement('div');
    page.innerHTML = '<div data-section="risk"><p>prerendered</p></div>';
    const host = createBrowserSectionHost(page);
    const risk = document.createElement('div');
    host.adopt?.('risk', risk, true);
    void host.mount('risk', risk, context);
    await host.settled();
    expect(risk.textContent).toBe('mounted');
  });

  test('a kept prerendered section named by a wake before it asked to mount is wanted once the page is idle', async () => {
    vi.stubGlobal('IntersectionObserver', observer(false)); // far below the screen
    vi.stubGlobal('requestIdleCallback', (f: () => void) => setTimeout(f, 0));
    const page = document.createElement('div');
    page.innerHTML =
      '<div data-section="risk"><p>prerendered</p></div><div data-section="tariff"><p>prerendered</p></div>';
    const host = createBrowserSectionHost(page);
    const [risk, tariff] = [document.createElement('div'), document.createElement('div')];
    host.adopt?.('risk', risk, true);
    host.adopt?.('tariff', tariff, true);
    host.wake(['risk']);
    await host.mount('risk', risk, context);
    expect(risk.textContent).toBe('mounted');
    void host.mount('tariff', tariff, context);
    await wait(50);
    expect(tariff.textContent).toBe('prerendered');
  });

  test('no prerendered section is adopted when the prerender shows another scenario or currency, or the app starts in another language', () => {
    const page = document.createElement('div');
    page.innerHTML = '<div data-section="tariff"><p>prerendered</p></div>';
    const into = () => {
      const el = document.createElement('div');
      el.append(document.createComment(''));
      return el;
    };
    for (const mark of ['fp-custom', 'fp-other']) {
      document.documentElement.classList.add(mark);
      try {
        expect(createBrowserSectionHost(page).adopt?.('tariff', into())).toBe(false);
      } finally {
        document.documentElement.classList.remove(mark);
      }
    }
    let sameLanguage = true;
    const host = createBrowserSectionHost(page, () => sameLanguage);
    sameLanguage = false; // (the reader's catalogue failed: the app starts in English)
    const target = into();
    expect(host.adopt?.('tariff', target)).toBe(false);
    expect(target.dataset.adopted).toBeUndefined();
    sameLanguage = true;
    expect(host.adopt?.('tariff', target)).toBe(true);
  });

  test('a section below the fold is drawn once as it mounts, for its real size to be remembered, before the next one mounts', async () => {
    const { frames, host, first, second } = twoSections();
    const firstDone = host.mount('risk', first, context);
    const secondDone = host.mount('sectors', second, context);
    await vi.waitFor(() => expect(first.textContent).toBe('mounted'));
    // Drawn in full (src/styles/global.css) until a frame has been drawn; the next waits.
    expect(first.dataset.measuring).toBe('true');
    await wait(30);
    expect(second.textContent).toBe('');
    frames.shift()!();
    await firstDone;
    expect(first.dataset.measuring).toBeUndefined();
    await vi.waitFor(() => expect(second.dataset.measuring).toBe('true'));
    frames.shift()!();
    await secondDone;
    expect(second.dataset.measuring).toBeUndefined();
  });

  test('the sections drawn once are those the page skips while off-screen, and only those', async () => {
    const css = readFileSync('src/styles/global.css', 'utf8');
    const rule = css.slice(0, css.indexOf('content-visibility: auto'));
    const listed = [...rule.slice(rule.lastIndexOf(':is(')).matchAll(/data-section='(\w+)'/g)];
    expect(new Set(listed.map((m) => m[1]))).toEqual(SKIPPED_OFF_SCREEN);
    // A section the page never skips (the folded assumptions, on the first screen) is not held.
    vi.stubGlobal('IntersectionObserver', observer(true));
    vi.stubGlobal('requestAnimationFrame', () => 0); // never
    const host = createBrowserSectionHost();
    const { marks } = await marksOf((into) => host.mount('assumptions', into, context));
    expect(marks).toEqual(['data-mounted']);
  });

  test('a section is held drawn until its frame comes, however late (a busy machine)', async () => {
    const { frames, host, first, second } = twoSections();
    void host.mount('risk', first, context);
    void host.mount('sectors', second, context);
    await vi.waitFor(() => expect(first.textContent).toBe('mounted'));
    // Let go before it is drawn, the browser would remember the guess, not its size.
    await wait(250);
    expect(first.dataset.measuring).toBe('true');
    expect(second.textContent).toBe('');
    frames.shift()!();
    await vi.waitFor(() => expect(second.dataset.measuring).toBe('true'));
    expect(first.dataset.measuring).toBeUndefined();
  });

  test('a visible page that draws no frame (framed off-screen): the next section waits for it a while, not for ever, and the first stays held until its frame', async () => {
    const { frames, host, first, second } = twoSections();
    void host.mount('risk', first, context);
    const secondDone = host.mount('sectors', second, context);
    await vi.waitFor(() => expect(first.textContent).toBe('mounted'));
    await wait(FRAME_WAIT_MS - 300);
    expect(second.textContent).toBe('');
    await vi.waitFor(() => expect(second.textContent).toBe('mounted'), { timeout: 1500 });
    expect(first.dataset.measuring).toBe('true');
    for (const f of frames.splice(0)) f();
    await secondDone;
    await vi.waitFor(() => expect(first.dataset.measuring).toBeUndefined());
  });

  test('where the page is hidden (a tab opened in the background), the sections do not wait for a frame, and are drawn in the first one the reader sees', async () => {
    vi.stubGlobal('IntersectionObserver', observer(true));
    const frames: (() => void)[] = [];
    vi.stubGlobal('requestAnimationFrame', (f: () => void) => frames.push(f));
    let state: DocumentVisibilityState = 'visible';
    const visibility = vi.spyOn(document, 'visibilityState', 'get').mockImplementation(() => state);
    try {
      const host = createBrowserSectionHost();
      const [first, second, third] = ['div', 'div', 'div'].map((tag) =>
        document.createElement(tag),
      ) as [HTMLElement, HTMLElement, HTMLElement];
      const firstDone = host.mount('risk', first, context);
      await vi.waitFor(() => expect(first.dataset.measuring).toBe('true'));
      // The reader turns to another tab while the first waits for its frame: it waits no more.
      state = 'hidden';
      document.dispatchEvent(new Event('visibilitychange'));
      await firstDone;
      // Hidden from the start: no wait either.
      await host.mount('sectors', second, context);
      await host.mount('tariff', third!, context);
      for (const into of [first, second, third]) expect(into.dataset.measuring).toBe('true');
      // The reader returns: the first frame draws them all, and they are let go.
      state = 'visible';
      for (const frame of frames.splice(0)) frame();
      await vi.waitFor(() => {
        for (const into of [first, second, third]) expect(into.dataset.measuring).toBeUndefined();
      });
    } finally {
      visibility.mockRestore();
    }
  });

  test('a first-screen section (its component given) is not held for a frame', async () => {
    vi.stubGlobal('requestAnimationFrame', () => 0); // never
    const host = createBrowserSectionHost();
    const { into, marks } = await marksOf((into) => host.mount('money', into, context, Fake));
    expect(into.textContent).toBe('mounted');
    expect(marks).toEqual(['data-mounted']);
  });

  test('the server’s host gives no HTML in the browser: the section is mounted instead', () => {
    expect(createBrowserSectionHost().html('methodology', context)).toBeNull();
  });
});

describe('an embed’s section host', () => {
  test('it mounts nothing, and is settled once what the page tracks has arrived', async () => {
    const { createTrackingHost } = await import('../../src/sections/sectionHost');
    const host = createTrackingHost();
    let arrive = () => {};
    host.track(new Promise<void>((resolve) => (arrive = resolve)));
    let settled = false;
    void host.settled().then(() => (settled = true));
    await wait(20);
    expect(settled).toBe(false);
    arrive();
    await wait(20);
    expect(settled).toBe(true);
    await expect(host.mount('risk', document.createElement('div'), context)).rejects.toThrow();
  });
});
