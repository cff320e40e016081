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
