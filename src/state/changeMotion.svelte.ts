/**
 * Showing what just changed (issue 15). The charts draw the lines from before the last change
 * as a ghost for a moment (mid-drag, the lines from before the drag); "replay the last change"
 * moves the charts' central-path lines from before it to now. With reduced motion the ghost
 * does not fade (it goes, after the same moment) and a replay shows the earlier lines for a
 * moment, then the current ones, with no movement between. One instance per app, by context.
 */
import Ghost from '../charts/Ghost.svelte';
import type { Result, Series } from '../model';
import { lerpSeries } from './lerpSeries';
import type { ScenarioStore } from './store.svelte';

/** The clock and screen a replay uses (the browser's; a fake in tests). */
export interface MotionEnv {
  now(): number;
  frame(callback: () => void): void;
  wait(callback: () => void, ms: number): void;
  reducedMotion(): boolean;
}

/** How long a replay moves, and how long reduced motion shows the earlier lines, ms. */
export const REPLAY_MS = 1400;
export const HOLD_MS = 1200;

export const browserMotionEnv = (): MotionEnv => ({
  now: () => performance.now(),
  frame: (callback) => requestAnimationFrame(() => callback()),
  wait: (callback, ms) => setTimeout(callback, ms),
  reducedMotion: () => matchMedia('(prefers-reduced-motion: reduce)').matches,
});

/** Slow in, slow out. */
const ease = (p: number) => (p < 0.5 ? 2 * p * p : 1 - (-2 * p + 2) ** 2 / 2);

export function createChangeMotion(store: ScenarioStore, env: () => MotionEnv = browserMotionEnv) {
  const previous: Result | null = $derived(
    store.lastChange ? store.resultOf(store.lastChange.before) : null,
  );
  const ghost: Result | null = $derived(
    store.changing ? store.resultOf(store.committed) : previous,
  );
  let progress = $state.raw<number | null>(null);
  let token = 0;
  const frame: Series | null = $derived(
    progress !== null && previous
      ? lerpSeries(previous.series, store.result.series, progress)
      : null,
  );

  function replay(): void {
    if (!previous) return;
    const mine = ++token;
    const e = env();
    progress = 0;
    if (e.reducedMotion()) {
      e.wait(() => mine === token && (progress = null), HOLD_MS);
      return;
    }
    const start = e.now();
    const step = () => {
      if (mine !== token) return;
      const p = Math.min(1, (e.now() - start) / REPLAY_MS);
      progress = p < 1 ? ease(p) : null;
      if (p < 1) e.frame(step);
    };
    e.frame(step);
  }

  return {
    /** The run the ghost shows (before the drag, or before the last change), or null. */
    get ghost() {
      return progress === null ? ghost : null;
    },
    /** Changes with every change, so the ghost's moment starts again. */
    get ghostKey() {
      return store.changing ? 'drag' : `change-${store.lastChange?.id ?? 0}`;
    },
    /** Mid-drag the ghost stays, without fading. */
    get dragging() {
      return store.changing;
    },
    /** While a replay runs: the central path's series between before and now; else null. */
    get frame() {
      return frame;
    },
    get canReplay() {
      return previous !== null;
    },
    replay,
    /**
     * The charts' drawing of the ghost, which comes with this code: an embed that never
     * changes its scenario loads neither (motionSlot.svelte.ts).
     */
    Ghost,
  };
}

/** The change motion as the charts read it: the ghost's drawing is null until its code arrives. */
export type ChangeMotion = Omit<ReturnType<typeof createChangeMotion>, 'Ghost'> & {
  readonly Ghost: typeof Ghost | null;
};
