import { afterEach, expect, test, vi } from 'vitest';
import { flushSync, mount, unmount } from 'svelte';
import App from '../../src/App.svelte';
import { en } from '../../src/i18n/en';
import { runMonteCarlo, transitions as T, type Scenario } from '../../src/model';
import RunProbe from '../harness/RunProbe.svelte';
import { runProbe } from '../harness/runProbe';

/** The analyses asked for: the scenario (B) and when. */
const asked: { b: Scenario; at: number }[] = [];

// The workers' client, answered at once in this thread: the Monte Carlo for real, the
// analysis only recorded.
vi.mock('../../src/worker/client', () => ({
  startMonteCarloWorker: () => ({
    run: (s: Scenario, o: { paths: number; seed: number }) =>
      Promise.resolve(runMonteCarlo(s, { paths: o.paths, seed: o.seed })),
    analyse: (_a: Scenario | null, b: Scenario) => {
      asked.push({ b, at: performance.now() });
      return new Promise(() => {});
    },
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
  await vi.waitFor(() => expect(runProbe.results!.completeFor(store.committed)).not.toBeNull());
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
  const opened = await whole();
  // Not at once: the whole answer stands for a moment first.
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
