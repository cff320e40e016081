/** Messages between the page and the Monte Carlo workers. */
import type { MonteCarloPart, MonteCarloResult, PathRange, Scenario } from '../model';

export interface RunRequest {
  readonly type: 'run';
  /** Increasing id: a request with a higher id makes every earlier run stale. */
  readonly id: number;
  readonly scenario: Scenario;
  readonly paths: number;
  readonly seed: number;
  /** Send the answers of the first n paths at each of these counts (a run from path 0). */
  readonly checkpoints?: readonly number[];
  /** Send progress at most this often, ms (and `snapshotMs` when that is not given). */
  readonly quietMs?: number;
  /**
   * Send a checkpoint's answers only when the rest of the run looks like taking at least this
   * long, ms: a run about to finish sends its final answers alone (no copy to the page, and no
   * drawing there, for answers the final ones follow closely). `quietMs` when not given.
   */
  readonly snapshotMs?: number;
  /** Compute only these paths and send them back as a part (a pool's other workers). */
  readonly range?: PathRange;
  /** How many parts the pool's other workers will add (the run from path 0 merges them). */
  readonly parts?: number;
}

/** Another worker's part of run `id`, passed on to the worker that merges. */
export interface PartMessage {
  readonly type: 'part';
  readonly id: number;
  readonly part: MonteCarloPart;
}

/** Every run up to `id` is stale (a pool's other workers, when a run is not split). */
export interface CancelMessage {
  readonly type: 'cancel';
  readonly id: number;
}

export type WorkerMessage = RunRequest | PartMessage | CancelMessage;

export type WorkerReply =
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly done: number;
      readonly total: number;
    }
  /** The answers of the run's first `result.paths` paths: a smaller run, while it goes on. */
  | { readonly type: 'snapshot'; readonly id: number; readonly result: MonteCarloResult }
  | { readonly type: 'part'; readonly id: number; readonly part: MonteCarloPart }
  | { readonly type: 'result'; readonly id: number; readonly result: MonteCarloResult }
  | { readonly type: 'abandoned'; readonly id: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };

/** The typed arrays a part carries: moved, not copied, between threads. */
export function partBuffers(part: MonteCarloPart): ArrayBuffer[] {
  return [part.columns, part.flips, part.flippedByCause, part.atDeadline, part.pastCommitted]
    .filter((a) => a !== null)
    .map((a) => a.buffer as ArrayBuffer);
}
