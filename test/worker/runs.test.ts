/**
 * The page's Monte Carlo runs (src/worker/runs.ts), with a fake client in place of the workers:
 * the warm-up after the page's first answer.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import {
  DEFAULT_SCENARIO,
  runMonteCarlo,
  type MonteCarloResult,
  type Scenario,
} from '../../src/model';
import { createScenarioStore } from '../../src/state/store.svelte';
import { createResults } from '../../src/state/results.svelte';

interface Asked {
  scenario: Scenario;
  paths: number;
  seed: number;
  split: boolean | undefined;
  answer: (result: MonteCarloResult | null) => void;
}
let asked: Asked[] = [];
let moveToPage: () => void = () => {};
vi.mock('../../src/worker/client', async (original) => ({
  ...(await original<typeof import('../../src/worker/client')>()),
  startMonteCarloWorker: (onFallback: () => void) => {
    moveToPage = onFallback;
    return {
      run: (scenario: Scenario, o: { paths: number; seed: number; split?: boolean }) =>
        new Promise<MonteCarloResult | null>((answer) =>
          asked.push({ scenario, paths: o.paths, seed: o.seed, split: o.split, answer }),
        ),
      dispose() {},
    };
  },
}));
const { startRuns, WARM_UP_PATHS } = await import('../../src/worker/runs');
const { SPLIT_MIN_PATHS } = await import('../../src/worker/client');

/** The browser's idle callbacks and frames, run when the test says. */
let idle: (() => void)[] = [];
let frames: FrameRequestCallback[] = [];
beforeEach(() => {
  asked = [];
  idle = [];
  frames = [];
  vi.stubGlobal('requestIdleCallback', (f: () => void) => idle.push(f));
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
});
afterEach(() => vi.unstubAllGlobals());
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
const runIdle = () => idle.splice(0).forEach((f) => f());
const runFrames = () => frames.splice(0).forEach((f) => f(performance.now()));

/** A page of 10,000 paths (its runs split between the workers), or of `paths`. */
function page(changes = true, paths = 10_000) {
  const store = createScenarioStore({ ...DEFAULT_SCENARIO, mcPaths: paths });
  const results = createResults();
  const runs = startRuns(store, results, changes);
  const scenario = store.scenario;
  const answer = runMonteCarlo(scenario, { paths: 1000, seed: scenario.mcSeed });
  return { store, results, runs, scenario, answer };
}

describe('the warm-up', () => {
  test('once the first run has answered, at idle, the workers run WARM_UP_PATHS paths of the same scenario, split, and the page drops their answer', async () => {
    const { results, runs, scenario, answer } = page();
    runs.follow(scenario, false);
    expect(asked.map((a) => a.paths)).toEqual([scenario.mcPaths]);
    runIdle(); // nothing to warm up before the first answer
    expect(asked).toHaveLength(1);
    asked[0]!.answer(answer);
    await settle();
    runFrames();
    expect(results.monteCarlo.result).toBe(answer);
    runIdle();
    expect(asked).toHaveLength(2);
    expect(asked[1]).toMatchObject({
      scenario,
      paths: WARM_UP_PATHS,
      seed: scenario.mcSeed,
      split: true,
    });
    expect(WARM_UP_PATHS).toBeGreaterThanOrEqual(SPLIT_MIN_PATHS); // enough to be split
    asked[1]!.answer(runMonteCarlo(scenario, { paths: WARM_UP_PATHS, seed: scenario.mcSeed }));
    await settle();
    runFrames();
    expect(results.monteCarlo.result).toBe(answer);
    expect(frames).toHaveLength(0);
    runIdle(); // once only
    expect(asked).toHaveLength(2);
  });

  test('none when a change has asked for a run first, when the first run was superseded, or when the runs have moved to the page’s thread', async () => {
    const changed = page();
    changed.runs.follow(changed.scenario, false);
    asked[0]!.answer(changed.answer);
    await settle();
    changed.runs.follow({ ...changed.scenario, mcSeed: changed.scenario.mcSeed + 1 }, false);
    runIdle();
    expect(asked.map((a) => a.paths)).toEqual([10_000, 10_000]);

    asked = [];
    const superseded = page();
    superseded.runs.follow(superseded.scenario, false);
    asked[0]!.answer(null);
    await settle();
    runIdle();
    expect(asked).toHaveLength(1);

    asked = [];
    const onPage = page();
    onPage.runs.follow(onPage.scenario, false);
    moveToPage();
    asked[0]!.answer(onPage.answer);
    await settle();
    runIdle();
    expect(asked).toHaveLength(1);
  });

  test('none on a page whose scenario never changes (an embed without controls), nor on one whose runs are not split (the default 1,000 paths)', async () => {
    for (const [changes, paths] of [
      [false, 10_000],
      [true, SPLIT_MIN_PATHS - 1],
      [true, DEFAULT_SCENARIO.mcPaths],
    ] as const) {
      asked = [];
      const { runs, scenario, answer } = page(changes, paths);
      runs.follow(scenario, false);
      expect(asked.map((a) => a.paths)).toEqual([paths]);
      asked[0]!.answer(answer);
      await settle();
      runIdle();
      expect(asked).toHaveLength(1);
    }
    asked = [];
    const split = page(true, SPLIT_MIN_PATHS);
    split.runs.follow(split.scenario, false);
    asked[0]!.answer(split.answer);
    await settle();
    runIdle();
    expect(asked.map((a) => a.paths)).toEqual([SPLIT_MIN_PATHS, WARM_UP_PATHS]);
  });
});
