import { afterEach, expect, test, vi } from 'vitest';
import { flushSync, mount, unmount, type ComponentProps } from 'svelte';
import App from '../../src/App.svelte';
import { en } from '../../src/i18n/en';
import { createBrowserSectionHost } from '../../src/sections/browserSectionHost';
import { nextTask } from '../../src/worker/nextTask';
import LayoutProbe from '../harness/LayoutProbe.svelte';
import RunProbe from '../harness/RunProbe.svelte';
import { runProbe } from '../harness/runProbe';
import { createMonteCarloRun, transitions as T } from '../../src/model';

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  cleanup = null;
  history.replaceState(null, '', '/');
});

type AppProps = Partial<ComponentProps<typeof App>>;

/**
 * Mounts the app on the default link into a new element, which shows `html` before it (kept
 * until the layout is drawn, as src/main.ts does).
 */
function start(props: AppProps, html = ''): HTMLElement {
  const target = document.createElement('div');
  document.body.append(target);
  target.innerHTML = html;
  const keep = [...target.childNodes];
  const app = mount(App, {
    target,
    props: { search: '', lang: 'en', catalogue: en, layout: LayoutProbe, keep, ...props },
  });
  cleanup = () => {
    void unmount(app);
    target.remove();
  };
  flushSync();
  return target;
}

test('the app starts in one task and draws its layout in the next; the prerender stays in view until the task that draws it', async () => {
  const sections = createBrowserSectionHost();
  let drawn = 0;
  const target = start(
    { sections, ondrawn: () => drawn++ },
    '<header class="prerendered">the prerendered page</header>',
  );
  // What the page showed when it counted as settled (tests and benchmarks wait for that).
  let settled: { layout: boolean } | null = null;
  void sections
    .settled()
    .then(() => (settled = { layout: !!target.querySelector('[data-testid="layout"]') }));
  flushSync();
  // The first task: the app has started, the prerender is still what the reader sees.
  expect(target.querySelector('.prerendered')).not.toBeNull();
  expect(target.querySelector('[data-testid="layout"]')).toBeNull();
  expect(drawn).toBe(0);
  // The next task draws the layout and, in the same task, takes the prerender away.
  await nextTask();
  expect(target.querySelector('[data-testid="layout"]')).not.toBeNull();
  expect(target.querySelector('.prerendered')).toBeNull();
  expect(drawn).toBe(1);
  // The page counts as settled only with its layout drawn (and its sections with it).
  await nextTask();
  await nextTask();
  expect(settled).toEqual({ layout: true });
});

test('with nothing to keep, the layout still comes in the next task', async () => {
  const target = start({});
  expect(target.querySelector('[data-testid="layout"]')).toBeNull();
  await nextTask();
  expect(target.querySelector('[data-testid="layout"]')?.textContent).toBe('drawn');
});

test('the app writes the page’s language only when it differs: a write, even of the same language, has the browser restyle the whole page', async () => {
  const root = document.documentElement;
  const written: string[] = [];
  const writes = new MutationObserver((records) => written.push(...records.map(() => root.lang)));
  writes.observe(root, { attributes: true, attributeFilter: ['lang'] });
  const startIn = async (lang: string) => {
    root.lang = lang;
    writes.takeRecords();
    written.length = 0;
    start({});
    await nextTask();
    flushSync();
    written.push(...writes.takeRecords().map(() => root.lang));
  };
  try {
    // The prerender's language is the reader's: nothing is written.
    await startIn('en');
    expect(written).toEqual([]);
    expect(root.lang).toBe('en');
    cleanup?.();
    // Another language: written once.
    await startIn('ja');
    expect(written).toEqual(['en']);
  } finally {
    writes.disconnect();
    root.lang = 'en';
  }
});

test('a change asks for its Monte Carlo run before the page draws it, so the workers compute while the page draws', async () => {
  start({ layout: RunProbe });
  await nextTask();
  expect(runProbe.store).not.toBeNull();
  // Once the workers' client has arrived, the page's first run is asked for.
  await vi.waitFor(() => expect(runProbe.seen.at(-1)).toBe(true));
  runProbe.seen.length = 0;
  runProbe.store!.step(T.setParam('paceUsdBnPerYear', 100));
  flushSync();
  // The first render of the change already has its run asked for (not one render late).
  expect(runProbe.seen[0]).toBe(true);
});

test('mid-drag, each step is drawn with its run already on the way (not a note of bands from earlier settings that comes and goes at every step)', async () => {
  start({ layout: RunProbe });
  await nextTask();
  await vi.waitFor(() => expect(runProbe.seen.at(-1)).toBe(true));
  runProbe.seen.length = 0;
  // Three steps of a drag in quick succession: the runs mid-drag start at most every 50 ms.
  for (const pace of [100, 101, 102]) {
    runProbe.store!.apply(T.setParam('paceUsdBnPerYear', pace));
    flushSync();
  }
  expect(runProbe.seen).toEqual([true, true, true]);
  runProbe.store!.commit();
  flushSync();
});

test('a change at rest is drawn with its first answer: its first paths run on the page before it draws, the same to the last bit as a run of that many, and the run goes on for the rest', async () => {
  start({ layout: RunProbe });
  await nextTask();
  // The page's first run is not done on the page (its thread is busy starting): the first
  // render after the opening run is asked for has no answers yet.
  await vi.waitFor(() => expect(runProbe.seen.at(-1)).toBe(true));
  expect(runProbe.answered.at(-1)).toBeNull();
  await vi.waitFor(() => expect(runProbe.answered.at(-1)).toBe(1000), { timeout: 10_000 });
  runProbe.seen.length = 0;
  runProbe.answered.length = 0;
  runProbe.store!.step(T.setParam('paceUsdBnPerYear', 100));
  flushSync();
  // The first render of the change carries the answers of its first 250 paths...
  expect(runProbe.answered[0]).toBe(250);
  const scenario = runProbe.store!.scenario;
  const first = runProbe.results!.monteCarlo.result!;
  expect(first).toEqual(
    createMonteCarloRun(scenario, { paths: 250, seed: scenario.mcSeed }).finish(),
  );
  // ... and the run goes on: the whole run's answers follow, for the same scenario.
  expect(runProbe.seen[0]).toBe(true);
  await vi.waitFor(() => expect(runProbe.answered.at(-1)).toBe(1000), { timeout: 10_000 });
  expect(runProbe.results!.monteCarlo.forScenario).toBe(scenario);
});

test('the link is written after the frame that shows a change, not in its task; a back or forward before then drops it', async () => {
  start({ layout: RunProbe });
  // The page's own link, written once the explorer's ties to the URL have loaded.
  await vi.waitFor(() => expect(location.search).toMatch(/^\?v=/), { timeout: 5000 });
  await vi.waitFor(() => expect(runProbe.store).not.toBeNull());
  const push = vi.spyOn(history, 'pushState');
  try {
    runProbe.store!.step(T.setParam('paceUsdBnPerYear', 100));
    flushSync();
    expect(push).not.toHaveBeenCalled();
    await vi.waitFor(() => expect(push).toHaveBeenCalledTimes(1));
    expect(location.search).toMatch(/[?&]pace=100(&|$)/);
    // Another step, and the browser's back or forward before its write: the browser has left
    // the entry it would have followed, so it is never written, and the page shows the entry
    // the browser is on.
    runProbe.store!.step(T.setParam('paceUsdBnPerYear', 120));
    flushSync();
    dispatchEvent(new PopStateEvent('popstate'));
    flushSync();
    for (let i = 0; i < 4; i++) await nextTask();
    expect(push).toHaveBeenCalledTimes(1);
    expect(runProbe.store!.scenario.paceUsdBnPerYear).toBe(100);
    expect(location.search).toMatch(/[?&]pace=100(&|$)/);
  } finally {
    push.mockRestore();
  }
});
