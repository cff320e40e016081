import { afterEach, describe, expect, test, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import App from '../../src/App.svelte';
import { en } from '../../src/i18n/en';
import { DEFAULT_SCENARIO, runMonteCarlo, transitions as T, type Scenario } from '../../src/model';
import { analyse, type Analysis } from '../../src/worker/analysis';
import { PAGE_ANALYSIS_ID, pageAnalysisJson, seedPageAnalysis } from '../../src/state/pageAnalysis';
import { serializeScenarioUrl } from '../../src/state/urlWrite';
import RunProbe from '../harness/RunProbe.svelte';
import { runProbe } from '../harness/runProbe';

/**
 * When the Monte Carlo last answered (the page shows the answer at its next frame, and only
 * then starts waiting before it asks for the analysis).
 */
let answeredAt = 0;
/** The analyses asked for: the scenario (B), when, and how to answer (a test may). */
const asked: { b: Scenario; at: number; answer: (a: Analysis) => void }[] = [];

// The workers' client, answered at once in this thread: the Monte Carlo for real, the
// analysis recorded (and answered when a test says so).
vi.mock('../../src/worker/client', async (original) => ({
  ...(await original<typeof import('../../src/worker/client')>()),
  startMonteCarloWorker: () => ({
    run: (s: Scenario, o: { paths: number; seed: number }) => {
      const result = runMonteCarlo(s, { paths: o.paths, seed: o.seed });
      answeredAt = performance.now();
      return Promise.resolve(result);
    },
    analyse: (_a: Scenario | null, b: Scenario) =>
      new Promise<Analysis>((answer) => asked.push({ b, at: performance.now(), answer })),
    solve: () => new Promise(() => {}),
    dispose: () => {},
  }),
}));

let cleanup: (() => void) | null = null;
afterEach(() => {
  cleanup?.();
  history.replaceState(null, '', '/');
});

/** Resolves when the scenario on screen has its whole answer; returns when that was seen. */
async function whole(): Promise<number> {
  const store = runProbe.store!;
  await vi.waitFor(() => expect(runProbe.results!.completeFor(store.committed)).not.toBeNull(), {
    timeout: 5000,
  });
  return performance.now();
}

test('the analysis is asked for once a scenario’s whole answer has stood a moment, and a change within it asks for none', async () => {
  const target = document.createElement('div');
  document.body.append(target);
  const app = mount(App, {
    target,
    props: { search: '', lang: 'en', catalogue: en, layout: RunProbe },
  });
  cleanup = () => {
    void unmount(app);
    target.remove();
  };
  flushSync();
  await vi.waitFor(() => expect(runProbe.store).not.toBeNull());
  await whole();
  const opened = answeredAt;
  // Not at once: the whole answer stands for a moment first (250 ms from when it is shown,
  // which is after it was computed; the test's own look for it may come later).
  expect(asked).toEqual([]);
  await vi.waitFor(() => expect(asked).toHaveLength(1), { timeout: 2000 });
  expect(asked[0]!.b).toBe(runProbe.store!.committed);
  expect(asked[0]!.at - opened).toBeGreaterThanOrEqual(200);
  // Two changes in quick succession, each with its whole answer: only the second is analysed.
  runProbe.store!.step(T.setParam('paceUsdBnPerYear', 100));
  flushSync();
  await whole();
  runProbe.store!.step(T.setParam('paceUsdBnPerYear', 120));
  flushSync();
  await whole();
  await new Promise((r) => setTimeout(r, 600));
  expect(asked.map((x) => x.b)).toEqual([asked[0]!.b, runProbe.store!.committed]);
});

describe('the page’s own analysis (src/state/pageAnalysis.ts)', () => {
  const pageScript = (text: string) => {
    const el = document.createElement('script');
    el.type = 'application/json';
    el.id = PAGE_ANALYSIS_ID;
    el.textContent = text;
    document.body.append(el);
    return el;
  };
  const open = async (search = '') => {
    runProbe.store = null;
    const target = document.createElement('div');
    document.body.append(target);
    const app = mount(App, {
      target,
      props: { search, lang: 'en', catalogue: en, layout: RunProbe },
    });
    const script = cleanup;
    cleanup = () => {
      void unmount(app);
      target.remove();
      script?.();
    };
    flushSync();
    await vi.waitFor(() => expect(runProbe.store).not.toBeNull());
    // What the explorer's layout does as it starts (src/Explorer.svelte).
    seedPageAnalysis(document, runProbe.store!, runProbe.results!);
  };
  const analysis = analyse({ type: 'analyse', id: 0, a: null, b: DEFAULT_SCENARIO });
  const withScript = (text: string) => {
    asked.length = 0;
    const el = pageScript(text);
    cleanup = () => el.remove();
  };

  test('on the scenario it is for, the page starts from it and asks the workers for none', async () => {
    withScript(pageAnalysisJson({ query: serializeScenarioUrl(DEFAULT_SCENARIO), analysis }));
    await open();
    const store = runProbe.store!;
    expect(runProbe.results!.analysisFor(null, store.committed)).toEqual(analysis);
    await whole();
    await new Promise((r) => setTimeout(r, 600));
    expect(asked).toEqual([]);
    // A change is analysed as ever.
    store.step(T.setParam('paceUsdBnPerYear', 100));
    flushSync();
    await whole();
    await vi.waitFor(() => expect(asked.map((x) => x.b)).toEqual([store.committed]), {
      timeout: 2000,
    });
  });

  test('on another scenario (a link’s), or from a page whose script is not what the build writes, it is not used', async () => {
    for (const [search, text] of [
      [
        `?${serializeScenarioUrl({ ...DEFAULT_SCENARIO, paceUsdBnPerYear: 100 })}`,
        pageAnalysisJson({ query: serializeScenarioUrl(DEFAULT_SCENARIO), analysis }),
      ],
      ['', '{"query": "", "analysis": {"attribution": null}}'],
      ['', 'not json'],
    ] as const) {
      withScript(text);
      await open(search);
      const store = runProbe.store!;
      expect(runProbe.results!.analysisFor(null, store.committed), `${search} ${text}`).toBeNull();
      await whole();
      await vi.waitFor(() => expect(asked.map((x) => x.b)).toEqual([store.committed]), {
        timeout: 2000,
      });
      cleanup?.();
      cleanup = null;
    }
  });
  test('back on the page’s own scenario (an undo), its own analysis again, at once, and no worker asked', async () => {
    withScript(pageAnalysisJson({ query: serializeScenarioUrl(DEFAULT_SCENARIO), analysis }));
    await open();
    const store = runProbe.store!;
    const results = runProbe.results!;
    const own = store.committed;
    store.step(T.setParam('paceUsdBnPerYear', 100));
    flushSync();
    await whole();
    await vi.waitFor(() => expect(asked).toHaveLength(1), { timeout: 2000 });
    const other = analyse({ type: 'analyse', id: 0, a: null, b: asked[0]!.b });
    asked[0]!.answer(other);
    await vi.waitFor(() => expect(results.analysisFor(null, store.committed)).toEqual(other));
    store.undo();
    flushSync();
    expect(store.committed).toBe(own);
    await vi.waitFor(() => expect(results.analysisFor(null, own)).toEqual(analysis));
    await new Promise((r) => setTimeout(r, 600));
    expect(asked).toHaveLength(1);
  });

  test('a reply that comes after the reader has gone back to a scenario already analysed does not take its place', async () => {
    asked.length = 0;
    await open();
    const store = runProbe.store!;
    const results = runProbe.results!;
    const first = store.committed;
    await whole();
    await vi.waitFor(() => expect(asked).toHaveLength(1), { timeout: 2000 });
    const firstAnalysis = analyse({ type: 'analyse', id: 0, a: null, b: first });
    asked[0]!.answer(firstAnalysis);
    await vi.waitFor(() => expect(results.analysisFor(null, first)).toEqual(firstAnalysis));
    // A change, whose analysis is asked for and still on its way when the reader undoes it.
    store.step(T.setParam('paceUsdBnPerYear', 100));
    flushSync();
    await whole();
    await vi.waitFor(() => expect(asked).toHaveLength(2), { timeout: 2000 });
    store.undo();
    flushSync();
    asked[1]!.answer(analyse({ type: 'analyse', id: 0, a: null, b: asked[1]!.b }));
    await new Promise((r) => setTimeout(r, 600));
    // The first scenario keeps its analysis; nothing is asked again.
    expect(results.analysisFor(null, first)).toEqual(firstAnalysis);
    expect(asked).toHaveLength(2);
  });
});
