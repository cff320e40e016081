/**
 * How a section gets into the page. On the server (the prerender) it is rendered to HTML on
 * the spot, with the page's contexts. In the browser a section of the first screen is mounted
 * at once; one below the fold has its chunk fetched when the reader scrolls near it or once
 * the page has loaded and the browser is idle, whichever comes first. Each is mounted in its
 * place one section per task (so start-up has no long task), and until then it shows its
 * prerendered HTML when the prerender shows what the reader asked for (`adopt`). `settled`
 * tells when every section asked for is live.
 */
import { getContext, mount, setContext, unmount, type Component } from 'svelte';
import type { LaterSectionName, SectionName } from './sections';
import { nextTask } from '../worker/nextTask';

export interface SectionHost {
  /** The section's HTML (server), or null (browser: it is mounted instead). */
  html(name: SectionName, context: Map<unknown, unknown>): string | null;
  /**
   * Mounts the section into `into` (replacing what is there); resolves to its unmount. A
   * section of the first screen comes with its component (the explorer imports it).
   */
  mount(
    name: SectionName,
    into: HTMLElement,
    context: Map<unknown, unknown>,
    component?: Component,
  ): Promise<() => void>;
  /**
   * Moves the section's prerendered HTML into `into`, where the page kept it (the prerender
   * shows what the reader asked for), so the reader sees it until the section is mounted;
   * false where there is none.
   */
  adopt?(name: SectionName, into: HTMLElement): boolean;
  /** Counts another chunk the page waits for (an embed's chart) before it is settled. */
  track?(loading: Promise<unknown>): void;
  /** Resolves once every section asked for is live (or failed to load). */
  settled?(): Promise<void>;
}

const KEY = Symbol('section host');
export const setSectionHost = (host: SectionHost): SectionHost => setContext(KEY, host);
export const getSectionHost = (): SectionHost | undefined => getContext<SectionHost>(KEY);

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

/** When `el` (a placeholder with a box of its own) comes within a screen's height of the viewport. */
function nearViewport(el: HTMLElement): Promise<void> {
  if (typeof IntersectionObserver !== 'function') return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new IntersectionObserver(
      (entries) => {
        if (!entries.some((e) => e.isIntersecting)) return;
        observer.disconnect();
        resolve();
      },
      { rootMargin: '100% 0px' },
    );
    observer.observe(el);
  });
}

/**
 * The browser's host: fetches a section's chunk when it is wanted, mounts one per task.
 * `prerendered`: the page's prerendered sections by name, kept when the prerender shows what
 * the reader asked for (src/main.ts), each shown in its place until its section is mounted.
 */
export function createBrowserSectionHost(
  prerendered: ReadonlyMap<string, Element> = new Map(),
): SectionHost & { settled(): Promise<void> } {
  let idle: Promise<void> | undefined;
  // The list of the sections' chunks, fetched when the explorer first asks for one (an embed
  // never does).
  let sections: Promise<typeof import('./sections')> | undefined;
  let queue: Promise<void> = Promise.resolve();
  const asked: Promise<unknown>[] = [];
  return {
    /** Resolves once every section the page has asked for is live (or failed to load). */
    async settled() {
      await nextTask(); // the sections ask as the page mounts: let its effects run first
      for (let seen = -1; seen !== asked.length;) {
        seen = asked.length;
        await Promise.allSettled(asked);
      }
    },
    html: () => null,
    track(loading) {
      asked.push(loading);
    },
    adopt(name, into) {
      const kept = prerendered.get(name);
      // (A placeholder holds at most the comment Svelte anchors its empty block to.)
      if (!kept || into.children.length > 0) return false;
      into.replaceChildren(...kept.childNodes);
      into.dataset.adopted = 'true';
      return true;
    },
    mount(name, into, context, component) {
      let chunk: Promise<{ default: Component }>;
      if (component) chunk = Promise.resolve({ default: component });
      else {
        // A section below the fold: the list of chunks comes now, the section's own when wanted.
        const list = (sections ??= import('./sections'));
        chunk = Promise.race([(idle ??= afterLoadAndIdle()), nearViewport(into)])
          .then(() => list)
          .then(({ SECTIONS }) => {
            const load: () => Promise<{ default: Component }> = SECTIONS[name as LaterSectionName];
            return load();
          });
      }
      const mounted = chunk.then(async ({ default: section }) => {
        // One mount a task: wait for the turn of the sections that arrived before.
        const turn = queue.then(nextTask);
        queue = turn;
        await turn;
        into.replaceChildren();
        const instance = mount(section, { target: into, context });
        into.dataset.mounted = 'true';
        return () => void unmount(instance);
      });
      asked.push(mounted);
      return mounted;
    },
  };
}
