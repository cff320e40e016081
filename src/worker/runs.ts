/**
 * The page's Monte Carlo runs: they start the workers (src/worker/client.ts) and follow the
 * scenario on screen. In the chunk of the workers' client, fetched alongside the page and not
 * waited for: the page is drawn from the central path, and the runs start once both are here.
 * App.svelte asks `follow` for each scenario from an `$effect.pre`, so a run is asked for
 * before the page draws the change.
 */
import type { MonteCarloResult, Scenario } from '../model';
import type { Results } from '../state/results.svelte';
import type { ScenarioStore } from '../state/store.svelte';
import { SPLIT_MIN_PATHS, startMonteCarloWorker, type MonteCarloClient } from './client';

/** Paths at which a run sends the answers so far: a first answer at once, then finer. */
const CHECKPOINTS = [250, 1000, 4000];
/** A run's progress reaches the page at most once a frame, ms. */
const QUIET_MS = 16;
/**
 * A run's answers on the way come only if the rest takes at least this long, ms: a final
 * answer within 100 ms of the first is seen as immediate (the RAIL model's response time), and
 * an answer on the way would cost the page a drawing, and the workers a core, just before it.
 * At 1x the rest of a 10,000-path run takes less (its 1,000 and 4,000 paths' answers are
 * skipped); on a phone's CPU it takes more, and they come.
 */
const SNAPSHOT_MS = 100;
/** Mid-drag, the paths a change runs at once: its first answer within a frame or two. */
const DRAG_PATHS = 250;
/** Mid-drag, the least time between two runs, ms (the page needs the other core to draw). */
const DRAG_EVERY_MS = 50;
/** Mid-drag, how long the pointer rests before the whole run follows, ms. */
const REST_MS = 150;
/** The paths of the run that warms the workers up (`warmUp`): enough to be split between them. */
export const WARM_UP_PATHS = SPLIT_MIN_PATHS;
/** A run still going after this long shows its progress, ms (a quick one would flicker). */
const SHOW_PROGRESS_AFTER_MS = 150;
/** Mid-drag, the longest answers wait for a frame in which the scenario did not move, ms. */
const HOLD_MS = 150;
/** The page's warm-up (`warmPage`): its runs of a change's first paths, and each slice's paths. */
export const WARM_PAGE_ROUNDS = 2;
export const WARM_PAGE_SLICE = 25;
/** The least idle time a slice of the page's warm-up waits for, ms. */
export const WARM_PAGE_IDLE_MS = 10;

export interface MonteCarloRuns {
  /** The workers' client (the explorer's analysis and "what would it take" use it too). */
  readonly client: MonteCarloClient;
  /**
   * Runs the Monte Carlo for the scenario on screen (called untracked, from an effect, at
   * every change); returns what cancels a drag's runs still waiting to start.
   */
  follow(scenario: Scenario, dragging: boolean): (() => void) | undefined;
  dispose(): void;
}

/**
 * @param changes Whether the page's scenario can change (the explorer, an embed's live
 *   controls): only then does it fetch what computes a change's first paths on the page (an
 *   embed without live controls never changes its scenario).
 */
export function startRuns(store: ScenarioStore, results: Results, changes = true): MonteCarloRuns {
  let live = true;
  const client = startMonteCarloWorker(() => results.setOnPage());
  /** A run's first paths on the page's thread (src/worker/firstPaths.ts), once loaded. */
  let onPageFirst: typeof import('./firstPaths').firstPaths | null = null;
  const firstPathsLoaded = changes
    ? import('./firstPaths').then((m) => {
        if (live) onPageFirst = m.firstPaths;
        return m;
      })
    : null;
  firstPathsLoaded?.catch(() => {}); // (if it cannot come, the workers compute them)

  /**
   * The runs' answers reach the page at its next frame, the newest of them only. Mid-drag a
   * frame does the input's work or the answers', not both: answers wait for a frame in which
   * the scenario did not move (the hand slowed or rested), or at most HOLD_MS, so drawing
   * the bands never makes the drag itself miss a frame. At rest they come at the next frame.
   */
  let arrived: { result: MonteCarloResult; scenario: Scenario; at: number } | null = null;
  let moved = false;
  let shownScenario: Scenario | null = null;
  function frame(now: number): void {
    if (!arrived) return;
    const dragging = store.changing;
    if (dragging && moved && now - arrived.at < HOLD_MS) {
      moved = false;
      requestAnimationFrame(frame);
      return;
    }
    results.setMonteCarloResult(arrived.result, arrived.scenario);
    arrived = null;
  }
  function deliver(result: MonteCarloResult, scenario: Scenario): void {
    if (!live) return;
    if (!arrived) {
      moved = false;
      requestAnimationFrame(frame);
    }
    arrived = { result, scenario, at: arrived?.at ?? performance.now() };
  }

  // The Monte Carlo follows the scenario on screen, drags included: every change starts a
  // run (the newest wins, src/worker/service.ts), which sends the answers of its first paths
  // at each checkpoint and then of all of them. Mid-drag the newest scenario runs its first
  // DRAG_PATHS paths at most every DRAG_EVERY_MS, on one worker (the page needs the other
  // core to draw), and the whole run follows when the pointer rests for REST_MS or the drag
  // ends. Answers go to the results only. A change at rest (not the page's first run) also
  // gets its first CHECKPOINTS[0] paths computed here, on the page's thread, before the page
  // draws: the change and its first answer are drawn together, and the workers skip that
  // checkpoint.
  let firstRun = true;
  let runsStarted = 0;
  /**
   * Once the page's first run has answered, when the browser is next idle and nothing else
   * has been asked for, the workers run WARM_UP_PATHS paths of the same scenario, split
   * between them, and the page drops the answer: their code is then compiled for speed before
   * the reader's first change. With 10,000 paths at 1280 x 900, the first change's final
   * answer came at 232-294 ms with it against 440-541 ms without (docs/performance.md). Only
   * on a page whose runs are split (SPLIT_MIN_PATHS or more): at the default 1,000 paths the
   * first change gained nothing measurable, and the pool's other workers, which start with the
   * first run that needs them, are not started for it. Not where the runs have moved to the
   * page's own thread (the workers failed to load). A change supersedes it, as it does any run.
   */
  function warmUp(scenario: Scenario): void {
    if (typeof requestIdleCallback !== 'function' || scenario.mcPaths < SPLIT_MIN_PATHS) return;
    const asked = runsStarted;
    requestIdleCallback(() => {
      if (!live || runsStarted !== asked || results.monteCarlo.onPage) return;
      client
        .run(scenario, { paths: WARM_UP_PATHS, seed: scenario.mcSeed, split: true })
        .catch(() => {}); // (a failed warm-up costs nothing but itself)
    });
  }
  /**
   * Once the page's first run has answered, on a page whose scenario can change and whose
   * changes run their first paths here (more than CHECKPOINTS[0] paths), the page's own first
   * paths warm up: WARM_PAGE_ROUNDS runs of a change's first CHECKPOINTS[0] paths of the same
   * scenario on the page's thread, a slice a task when the browser is idle with at least
   * WARM_PAGE_IDLE_MS to spare (the run's setup, then WARM_PAGE_SLICE paths at a time, then its
   * answers: each took at most 6 ms at 1x in a build that timed them), and the page drops their
   * answers. The reader's first change then runs that code compiled for speed: in builds that
   * timed it (scratch instrumentation, not in the repository), a second after the page settled
   * the first change's first paths took 13-35 ms (median 24) with it against 29-62 (median 41)
   * without, in twelve loads of each at 1280 x 900, and the second change's 6-14 against 16-30
   * ms in three loads of each (docs/performance.md). A run (a change) stops it, and so do the
   * page's end and the runs moving to the page's thread.
   */
  function warmPage(scenario: Scenario): void {
    const head = CHECKPOINTS[0] ?? 0;
    if (typeof requestIdleCallback !== 'function' || !firstPathsLoaded || scenario.mcPaths <= head)
      return;
    const asked = runsStarted;
    const stopped = () => !live || runsStarted !== asked || results.monteCarlo.onPage;
    let rounds = 0;
    let next: (() => MonteCarloResult | null) | null = null;
    void firstPathsLoaded.then(
      ({ firstPathsInSlices }) => {
        const slice = () =>
          requestIdleCallback((idle) => {
            if (stopped()) return;
            // A short idle period (the rest of a busy frame): the next one.
            if (idle.timeRemaining() < WARM_PAGE_IDLE_MS) return void slice();
            next ??= firstPathsInSlices(scenario, head, scenario.mcSeed, WARM_PAGE_SLICE);
            if (next() === null) return void slice();
            next = null;
            if (++rounds < WARM_PAGE_ROUNDS) slice();
          });
        if (!stopped()) slice();
      },
      () => {}, // (nothing to warm up: the workers compute a change's first paths)
    );
  }
  let lastDragRun = -Infinity;
  function follow(scenario: Scenario, dragging: boolean): (() => void) | undefined {
    if (scenario !== shownScenario) moved = true;
    shownScenario = scenario;
    const opening = firstRun;
    firstRun = false;
    const run = (paths: number, checkpoints: readonly number[] = CHECKPOINTS) => {
      const started = performance.now();
      results.startMonteCarlo(scenario);
      runsStarted++;
      return client
        .run(
          scenario,
          {
            paths,
            seed: scenario.mcSeed,
            checkpoints,
            quietMs: QUIET_MS,
            snapshotMs: SNAPSHOT_MS,
            split: !dragging,
          },
          (done, total) => {
            if (performance.now() - started > SHOW_PROGRESS_AFTER_MS)
              results.setMonteCarloProgress(done / total);
          },
          (firstPaths) => deliver(firstPaths, scenario),
        )
        .then((result) => {
          if (result) deliver(result, scenario);
          return result;
        });
    };
    if (!dragging) {
      const head = CHECKPOINTS[0] ?? 0;
      const shown = results.monteCarlo;
      const answered =
        shown.forScenario === scenario &&
        (shown.result?.paths ?? 0) >= Math.min(head, scenario.mcPaths);
      if (opening || answered || !onPageFirst || scenario.mcPaths <= head) {
        const done = run(scenario.mcPaths);
        if (opening && changes)
          void done.then((result) => {
            if (!result) return;
            warmUp(scenario);
            warmPage(scenario);
          });
        return;
      }
      run(scenario.mcPaths, CHECKPOINTS.slice(1));
      const first = onPageFirst(scenario, head, scenario.mcSeed);
      arrived = null; // an earlier scenario's answers, still waiting for a frame, are past
      results.setMonteCarloResult(first, scenario);
      return;
    }
    // At most one run every DRAG_EVERY_MS mid-drag, for the newest scenario: the first at once.
    // Its run is on the way from now (the page shows no "bands from earlier settings" note in
    // between: that note would come and go at every step of the drag, a frame's work each time).
    results.startMonteCarlo(scenario);
    const wait = Math.max(0, lastDragRun + DRAG_EVERY_MS - performance.now());
    const first = setTimeout(() => {
      lastDragRun = performance.now();
      run(Math.min(DRAG_PATHS, scenario.mcPaths));
    }, wait);
    const rest =
      scenario.mcPaths > DRAG_PATHS ? setTimeout(() => run(scenario.mcPaths), REST_MS) : 0;
    return () => {
      clearTimeout(first);
      clearTimeout(rest);
    };
  }

  return {
    client,
    follow,
    dispose() {
      live = false;
      client.dispose();
    },
  };
}
