/**
 * The explorer's section host (sectionHost.ts says how a section gets into the page): fetches a
 * section's chunk when it is wanted and mounts one per task. In the explorer's chunk: an
 * embed mounts no section.
 */
import { mount, unmount, type Component } from 'svelte';
import type { LaterSectionName, SectionName } from './sections';
import { createTrackingHost, type SectionHost } from './sectionHost';
import { nextTask } from '../worker/nextTask';
import { firstPaintPresented } from './firstPaintPresented';
import { focusIn, refocus } from './keepFocus';

/** After the page's load event, when the browser is next idle (or soon, where it cannot say). */
function afterLoadAndIdle(): Promise<void> {
  const loaded =
    document.readyState === 'complete'
      ? Promise.resolve()
      : new Promise<void>((resolve) => addEventListener('load', () => resolve(), { once: true }));
  return loaded.then(
    () =>
      new Promise<void>((resolve) =>
        typeof requestIdleCallback === 'function'
          ? requestIdleCallback(() => resolve(), { timeout: 1000 })
          : setTimeout(resolve, 200),
      ),
  );
}

interface Wanted {
  /** Also when the reader moves the focus into it (the keyboard, a screen reader). */
  readonly focus: boolean;
  /** Also when this resolves (the page is idle; the section is woken). */
  readonly or: Promise<void>;
  /** Learns whether it is near at the observer's first report (with a frame; at once without). */
  readonly seen: (near: boolean) => void;
}

/**
 * When a section is wanted: when `el` comes within a screen's height of the viewport (a
 * placeholder, a box of its own; or a section's wrapper that holds its prerender, no box of its
 * own: its elements are watched), or as `wanted` adds, whichever is first.
 */
function whenWanted(el: HTMLElement, { focus, or, seen }: Wanted): Promise<void> {
  return new Promise((resolve) => {
    let first = true;
    const observer =
      typeof IntersectionObserver === 'function'
        ? new IntersectionObserver(
            (entries) => {
              const near = entries.some((e) => e.isIntersecting);
              if (first) seen(near);
              first = false;
              if (near) done();
            },
            { rootMargin: '100% 0px' },
          )
        : null;
    const done = () => {
      observer?.disconnect();
      el.removeEventListener('focusin', done);
      resolve();
    };
    if (!observer) {
      seen(true);
      return done();
    }
    const boxes = el.dataset.adopted === 'true' ? [...el.children] : [];
    for (const box of boxes.length > 0 ? boxes : [el]) observer.observe(box);
    if (focus) el.addEventListener('focusin', done);
    void or.then(done);
  });
}

/**
 * The sections the page skips while off-screen (src/styles/global.css, `content-visibility`;
 * test/sections/sectionHost.test.ts checks the two lists agree): only these need drawing once.
 */
export const SKIPPED_OFF_SCREEN: ReadonlySet<string> = new Set([
  'risk',
  'tariff',
  'sectors',
  'compare',
  'tornado',
  'data',
  'embedBuilder',
  'methodology',
]);

/** The longest the next section waits for a section's frame, ms. */
export const FRAME_WAIT_MS = 2000;

/**
 * Lays out and paints a section below the fold once, now that it is mounted, so the browser
 * remembers its real size (src/styles/global.css: while off-screen it is skipped, and sized by
 * that memory, else by a guess). Without it, a reader who jumps to a section (a link to it, a
 * search, the keyboard) sees the sections above it take their real sizes as they come into
 * view, and what they aimed at moves (by 52 px at 1280 px wide, 508 px at 390).
 *
 * The section is held drawn until a frame has been drawn, however long that takes (on a busy
 * machine a frame can come well after 100 ms, and a section let go before it is drawn is
 * remembered by the guess). The next section waits for that frame too, so each is drawn in a
 * frame of its own; but not where the page is hidden (a tab opened in the background: no
 * frame comes until the reader returns), nor for more than `FRAME_WAIT_MS` (a page the browser
 * has stopped drawing though it counts as visible, such as an explorer framed off-screen):
 * those sections are drawn together in the first frame that comes.
 */
function rememberSize(into: HTMLElement): Promise<void> {
  into.dataset.measuring = 'true';
  // A task queued from an animation frame's callback runs once that frame has been drawn.
  const drawn = new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  void drawn.then(() => delete into.dataset.measuring);
  if (document.visibilityState === 'hidden') return Promise.resolve();
  return new Promise((resolve) => {
    const hidden = () => {
      if (document.visibilityState === 'hidden') done();
    };
    const timer = setTimeout(() => done(), FRAME_WAIT_MS);
    const done = () => {
      clearTimeout(timer);
      document.removeEventListener('visibilitychange', hidden);
      resolve();
    };
    document.addEventListener('visibilitychange', hidden);
    void drawn.then(done);
  });
}

/**
 * The browser's host: fetches a section's chunk when it is wanted, mounts one per task.
 * `page`: the page's element (src/main.ts), whose prerendered sections are each shown in their
 * place until their section is mounted, when the prerender shows what the reader asked for
 * (the first-paint script marked no other scenario, currency or language: src/firstPaint.ts)
 * and while `sameLanguage()` (the reader's language, and the one the app started in, are the
 * prerender's).
 */
export function createBrowserSectionHost(
  page?: Element,
  sameLanguage = () => true,
): SectionHost & { settled(): Promise<void>; wake(names?: readonly SectionName[]): void } {
  const root = document.documentElement;
  const prerendered = new Map<string, Element>();
  if (page && !root.classList.contains('fp-custom') && !root.classList.contains('fp-other'))
    for (const el of page.querySelectorAll<HTMLElement>('[data-section]'))
      if (el.dataset.section) prerendered.set(el.dataset.section, el);
  const tracking = createTrackingHost();
  let idle: Promise<void> | undefined;
  // The list of the sections' chunks, fetched when the explorer first asks for one (an embed
  // never does).
  let sections: Promise<typeof import('./sections')> | undefined;
  let queue: Promise<void> = Promise.resolve();
  // Sections whose prerender the page no longer shows as it is (`wake`: every one, or those
  // named) are wanted once the browser is idle.
  const wakeUps = new Map<string, () => void>();
  const woken = (name: string) =>
    new Promise<void>((resolve) => wakeUps.set(name, resolve)).then(() => {
      wakeUps.delete(name);
    });
  const wokenNames = new Set<string>();
  let wokenAll = false;
  return {
    /**
     * Resolves once every section wanted so far is live (or failed to load): the first
     * screen's, those with no prerender to show, and those near the screen as the page starts.
     */
    settled: tracking.settled,
    html: () => null,
    track: tracking.track,
    wake(names) {
      if (!names) wokenAll = true;
      for (const name of names ?? []) wokenNames.add(name);
      for (const [name, wakeUp] of wakeUps)
        if (!names || names.includes(name as SectionName)) wakeUp();
    },
    adopt(name, into, later) {
      const kept = sameLanguage() ? prerendered.get(name) : undefined;
      // (A placeholder holds at most the comment Svelte anchors its empty block to.)
      if (!kept || into.children.length > 0) return false;
      // A section below the fold is skipped (src/styles/global.css) until its live section
      // mounts: the task that draws the layout lays out and paints the first screen only.
      if (later) into.dataset.asleep = '';
      into.replaceChildren(...kept.childNodes);
      into.dataset.adopted = 'true';
      return true;
    },
    mount(name, into, context, component) {
      let chunk: Promise<{ default: Component }>;
      let wanted: Promise<void> = Promise.resolve();
      // Whether it is near the screen as the page starts (the observer's first report): then it
      // counts towards the page's settling at once.
      let nearAtStart = Promise.resolve(true);
      if (component) chunk = Promise.resolve({ default: component });
      else {
        // A section below the fold: the list of chunks comes now, the section's own when wanted.
        // One that shows its prerender (what the reader asked for) is wanted when the reader
        // comes near it or into it, or once the page shows something else (`wake`): until then
        // the prerender is the section, and start-up is the first screen's alone. One that shows
        // none (a link to another scenario, another language) is wanted once the page is idle.
        const list = (sections ??= import('./sections'));
        const asleep = into.dataset.adopted === 'true' && !wokenAll && !wokenNames.has(name);
        let seen!: (near: boolean) => void;
        nearAtStart = new Promise<boolean>((resolve) => (seen = resolve));
        wanted = asleep
          ? whenWanted(into, { focus: true, or: woken(name).then(afterLoadAndIdle), seen })
          : whenWanted(into, { focus: false, or: (idle ??= afterLoadAndIdle()), seen });
        chunk = wanted
          .then(() => list)
          .then(({ SECTIONS }) => {
            const load: () => Promise<{ default: Component }> = SECTIONS[name as LaterSectionName];
            return load();
          });
      }
      const mounted = chunk.then(async ({ default: section }) => {
        // One mount a task: wait for the turn of the sections that arrived before (each
        // section below the fold has had its frame, or its wait for one: below).
        const turn = queue.then(nextTask);
        let over!: () => void;
        const done = new Promise<void>((resolve) => (over = resolve));
        queue = turn.then(() => done);
        await turn;
        try {
          // A reader who has moved into the section's prerender (the keyboard, a click) stays
          // on the same control once it is live.
          const focused = focusIn(into);
          into.replaceChildren();
          delete into.dataset.asleep;
          const instance = mount(section, { target: into, context });
          if (focused) refocus(into, focused);
          into.dataset.mounted = 'true';
          if (SKIPPED_OFF_SCREEN.has(name)) await rememberSize(into);
          return () => void unmount(instance);
        } finally {
          over();
        }
      });
      // The page is settled once every section wanted so far is live; one wanted later counts
      // from then.
      tracking.track(nearAtStart.then((near) => (near ? mounted : undefined)));
      void wanted.then(() => tracking.track(mounted));
      return mounted;
    },
  };
}

/**
 * The explorer's host for its page (src/main.ts), once the prerender's first paint has been
 * reported (firstPaintPresented): the app mounts when its host is ready, and its layout then
 * replaces the prerender's first screen.
 */
export const createPageHost = (page: Element, sameLanguage: () => boolean) =>
  firstPaintPresented().then(() => createBrowserSectionHost(page, sameLanguage));
