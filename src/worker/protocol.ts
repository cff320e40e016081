/** Messages between the page and the Monte Carlo worker. */
import type { MonteCarloResult, Scenario } from '../model';

export interface RunRequest {
  readonly type: 'run';
  /** Increasing id: a request with a higher id makes every earlier run stale. */
  readonly id: number;
  readonly scenario: Scenario;
  readonly paths: number;
  readonly seed: number;
}

export type WorkerReply =
  | {
      readonly type: 'progress';
      readonly id: number;
      readonly done: number;
      readonly total: number;
    }
  | { readonly type: 'result'; readonly id: number; readonly result: MonteCarloResult }
  | { readonly type: 'abandoned'; readonly id: number }
  | { readonly type: 'error'; readonly id: number; readonly message: string };
