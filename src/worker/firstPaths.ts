/**
 * A run's first paths on the page's own thread: a change at rest gets its first answer drawn
 * with the change itself, in the same task (a few ms at 1x for 250 paths), instead of a task
 * later when the worker's first answer arrives, while the workers go on to the rest. Its own
 * chunk, fetched when the runs start (src/worker/runs.ts) on a page whose scenario can change:
 * the page's bundle does not carry the Monte Carlo. The answer is the worker's for the same paths, to the last bit: a run's first
 * `paths` paths are a run of that many (createMonteCarloRun).
 */
import { createMonteCarloRun, type MonteCarloResult, type Scenario } from '../model';

export function firstPaths(scenario: Scenario, paths: number, seed: number): MonteCarloResult {
  return createMonteCarloRun(scenario, { paths, seed }).finish();
}

/**
 * The same run done a slice at a time, for the page's warm-up at idle (src/worker/runs.ts):
 * each call does the next slice, first the run's setup, then `slice` paths at a time, then its
 * answers, which the last call returns (the same as `firstPaths`'); null until then.
 */
export function firstPathsInSlices(
  scenario: Scenario,
  paths: number,
  seed: number,
  slice: number,
): () => MonteCarloResult | null {
  let run: ReturnType<typeof createMonteCarloRun> | null = null;
  let done = 0;
  return () => {
    if (!run) {
      run = createMonteCarloRun(scenario, { paths, seed });
      return null;
    }
    if (done < run.size) {
      done = run.step(slice);
      return null;
    }
    return run.finish();
  };
}
