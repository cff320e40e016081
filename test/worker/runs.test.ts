/**
 * The page's Monte Carlo runs (src/worker/runs.ts), with a fake client in place of the workers:
 * the warm-ups after the page's first answer (the workers', and the page's own first paths).
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
/** Each run of the page's own warm-up: what it was asked for, and what each slice returned. */
interface Warming {
  args: Parameters<typeof import('../../src/worker/firstPaths').firstPathsInSlices>;
  returned: (MonteCarloResult | null)[];
}
let warming: Warming[] = [];
vi.mock('../../src/worker/firstPaths', async (original) => {
  const real = await original<typeof import('../../src/worker/firstPaths')>();
  return {
    ...real,
    firstPathsInSlices: (...args: Warming['args']) => {
      const run: Warming = { args, returned: [] };
      warming.push(run);
      const next = real.firstPathsInSlices(...args);
      return () => {
        const r = next();
        run.returned.push(r);
        return r;
      };
    },
  };
});
const { startRuns, WARM_UP_PATHS, WARM_PAGE_ROUNDS, WARM_PAGE_SLICE, WARM_PAGE_IDLE_MS } =
  await import('../../src/worker/runs');
const { firstPaths } = await import('../../src/worker/firstPaths');
const { SPLIT_MIN_PATHS } = await import('../../src/worker/client');

/** The browser's idle callbacks and frames, run when the test says. */
let idle: IdleRequestCallback[] = [];
let frames: FrameRequestCallback[] = [];
/** The pages a test opened, disposed after it. */
const opened: { dispose(): void }[] = [];
beforeEach(() => {
  asked = [];
  warming = [];
  idle = [];
  frames = [];
  vi.stubGlobal('requestIdleCallback', (f: IdleRequestCallback) => idle.push(f));
  vi.stubGlobal('requestAnimationFrame', (f: FrameRequestCallback) => frames.push(f));
});
afterEach(() => {
  for (const runs of opened.splice(0)) runs.dispose();
  vi.unstubAllGlobals();
});
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));
/** Runs the idle callbacks queued now, each with `spare` ms of idle time. */
const runIdle = (spare = 50) =>
  idle.splice(0).forEach((f) => f({ didTimeout: false, timeRemaining: () => spare }));
const runFrames = () => frames.splice(0).forEach((f) => f(performance.now()));

/** A page of 10,000 paths (its runs split between the workers), or of `paths`. */
function page(changes = true, paths = 10_000) {
  const store = createScenarioStore({ ...DEFAULT_SCENARIO, mcPaths: paths });
  const results = createResults();
  const runs = startRuns(store, results, changes);
  opened.push(runs);
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

describe('the page’s own warm-up', () => {
  /**
   * Runs the idle callbacks as they come, each queued by the last, until none is left (once the
   * page's dynamic imports have arrived, so that none is still to be queued).
   */
  async function runAllIdle() {
    await vi.dynamicImportSettled();
    for (let i = 0; i < 200 && idle.length > 0; i++) {
      runIdle();
      await settle();
    }
    expect(idle).toHaveLength(0);
  }

  /**
   * A page of `paths` paths whose first run has answered (after `before`, if given), once what
   * follows the answer (its frame, the page's dynamic imports) has happened.
   */
  async function answered(paths = DEFAULT_SCENARIO.mcPaths, changes = true, before = () => {}) {
    const opened = page(changes, paths);
    opened.runs.follow(opened.scenario, false);
    before();
    asked[0]!.answer(opened.answer);
    await settle();
    runFrames();
    await vi.dynamicImportSettled();
    await settle();
    return opened;
  }

  test('once the first run has answered, at idle, the page runs a change’s first 250 paths of the same scenario WARM_PAGE_ROUNDS times, a slice a task, and drops their answers', async () => {
    const { results, runs, scenario, answer } = page(true, DEFAULT_SCENARIO.mcPaths);
    runs.follow(scenario, false);
    await settle();
    runIdle(); // nothing to warm up before the first answer
    expect(warming).toHaveLength(0);
    asked[0]!.answer(answer);
    await settle();
    runFrames();
    expect(results.monteCarlo.result).toBe(answer);
    await settle();
    runIdle(); // one slice a task: the first does the run's setup only
    expect(warming).toHaveLength(1);
    expect(warming[0]!.returned).toEqual([null]);
    await runAllIdle();
    expect(warming.map((w) => w.args)).toEqual(
      Array.from({ length: WARM_PAGE_ROUNDS }, () => [
        scenario,
        250,
        scenario.mcSeed,
        WARM_PAGE_SLICE,
      ]),
    );
    const whole = firstPaths(scenario, 250, scenario.mcSeed);
    for (const { returned } of warming) {
      // The setup, the paths a slice at a time, then the answers: those of a change's first paths.
      expect(returned).toHaveLength(1 + Math.ceil(250 / WARM_PAGE_SLICE) + 1);
      expect(returned.slice(0, -1).every((r) => r === null)).toBe(true);
      expect(returned.at(-1)).toEqual(whole);
    }
    // The page drops them: what it shows is still the first run's answer, and nothing waits.
    expect(results.monteCarlo.result).toBe(answer);
    expect(frames).toHaveLength(0);
    expect(asked).toHaveLength(1); // (and at 1,000 paths the workers do not warm up)
  });

  test('a slice waits for an idle period with WARM_PAGE_IDLE_MS to spare', async () => {
    await answered();
    expect(idle).toHaveLength(1);
    runIdle(WARM_PAGE_IDLE_MS - 1); // the rest of a busy frame: nothing done, asked again
    expect(warming).toHaveLength(0);
    expect(idle).toHaveLength(1);
    runIdle(WARM_PAGE_IDLE_MS);
    expect(warming).toHaveLength(1);
  });

  test('the page’s end stops it', async () => {
    const { runs } = await answered();
    runIdle();
    expect(warming).toHaveLength(1);
    runs.dispose();
    await runAllIdle();
    expect(warming[0]!.returned).toHaveLength(1);
  });

  test('a change stops it: a slice after the change does nothing', async () => {
    const { runs, scenario } = await answered();
    runIdle();
    runIdle();
    expect(warming).toHaveLength(1);
    expect(warming[0]!.returned).toHaveLength(2);
    runs.follow({ ...scenario, paceUsdBnPerYear: scenario.paceUsdBnPerYear + 10 }, false);
    await runAllIdle();
    expect(warming).toHaveLength(1);
    expect(warming[0]!.returned).toHaveLength(2);
  });

  test('none on a page whose scenario never changes, nor where a change’s paths are all the first (250 or fewer), nor where the runs have moved to the page’s thread', async () => {
    for (const [changes, paths] of [
      [false, DEFAULT_SCENARIO.mcPaths],
      [true, 250],
    ] as const) {
      asked = [];
      await answered(paths, changes);
      await runAllIdle();
      expect(warming).toHaveLength(0);
    }
    asked = [];
    await answered(DEFAULT_SCENARIO.mcPaths, true, () => moveToPage());
    expect(idle).toHaveLength(0); // not even asked for
    await runAllIdle();
    expect(warming).toHaveLength(0);
  });
});
