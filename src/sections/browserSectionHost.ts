/**
 * The explorer's section host (sectionHost.ts says how a section gets into the page): fetches a
 * section's chunk when it is wanted and mounts one per task. In the explorer's chunk: an
 * embed mounts no section.
 */
import { mount, unmount, type Component } from 'svelte';
import type { LaterSectionName } from './sections';
import { createTrackingHost, type SectionHost } from './sectionHost';
import { nextTask } from '../worker/nextTask';

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
  const tracking = createTrackingHost();
  let idle: Promise<void> | undefined;
  // The list of the sections' chunks, fetched when the explorer first asks for one (an embed
  // never does).
  let sections: Promise<typeof import('./sections')> | undefined;
  let queue: Promise<void> = Promise.resolve();
  return {
    /** Resolves once every section the page has asked for is live (or failed to load). */
    settled: tracking.settled,
    html: () => null,
    track: tracking.track,
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
      tracking.track(mounted);
      return mounted;
    },
  };
}
