import { describe, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import { DEFAULT_SCENARIO, simulate, transitions as T } from '../../src/model';
import { createScenarioStore } from '../../src/state/store.svelte';
import {
  HOLD_MS,
  REPLAY_MS,
  createChangeMotion,
  type MotionEnv,
} from '../../src/state/changeMotion.svelte';
import { lerpSeries } from '../../src/state/lerpSeries';

/** A clock the test moves by hand: frames and timers run when it says. */
function fakeEnv(reduced = false) {
  let now = 0;
  let frames: (() => void)[] = [];
  const timers: { at: number; run: () => void }[] = [];
  const env: MotionEnv = {
    now: () => now,
    frame: (cb) => void frames.push(cb),
    wait: (cb, ms) => void timers.push({ at: now + ms, run: cb }),
    reducedMotion: () => reduced,
  };
  const advance = (ms: number) => {
    now += ms;
    const due = frames;
    frames = [];
    due.forEach((f) => f());
    timers.filter((x) => x.at <= now).forEach((x) => x.run());
    flushSync();
  };
  return { env, advance };
}

const within = (store: ReturnType<typeof createScenarioStore>, run: () => void) => {
  const cleanup = $effect.root(run);
  cleanup();
  return store;
};

describe('the store keeps the last change', () => {
  test('a step, the end of a drag, and an undo are each the last change; a pin is not', () => {
    const store = createScenarioStore(DEFAULT_SCENARIO);
    within(store, () => {
      expect(store.lastChange).toBeNull();
      store.step(T.setParam('paceUsdBnPerYear', 150));
      expect(store.lastChange).toEqual({ before: DEFAULT_SCENARIO, id: 1 });
      const afterStep = store.scenario;
      store.apply(T.setParam('paceUsdBnPerYear', 160));
      store.apply(T.setParam('paceUsdBnPerYear', 170));
      expect(store.lastChange?.id).toBe(1);
      store.commit();
      expect(store.lastChange).toEqual({ before: afterStep, id: 2 });
      store.pin();
      expect(store.lastChange?.id).toBe(2);
      store.undo();
      expect(store.lastChange?.before.paceUsdBnPerYear).toBe(170);
    });
  });
});

describe('createChangeMotion', () => {
  test('the ghost is the run before the last change; mid-drag, the run before the drag, held', () => {
    const store = createScenarioStore(DEFAULT_SCENARIO);
    within(store, () => {
      const motion = createChangeMotion(store, () => fakeEnv().env);
      expect(motion.ghost).toBeNull();
      expect(motion.canReplay).toBe(false);
      store.step(T.setParam('paceUsdBnPerYear', 150));
      flushSync();
      expect(motion.ghost?.summary).toEqual(simulate(DEFAULT_SCENARIO).summary);
      expect(motion.ghostKey).toBe('change-1');
      const committed = store.scenario;
      store.apply(T.setParam('paceUsdBnPerYear', 40));
      flushSync();
      expect(motion.dragging).toBe(true);
      expect(motion.ghostKey).toBe('drag');
      expect(motion.ghost?.summary).toEqual(simulate(committed).summary);
    });
  });

  test('a replay moves the central path from before the change to now, then ends', () => {
    const store = createScenarioStore(DEFAULT_SCENARIO);
    const { env, advance } = fakeEnv();
    within(store, () => {
      const motion = createChangeMotion(store, () => env);
      store.step(T.setParam('paceUsdBnPerYear', 200));
      flushSync();
      const before = simulate(DEFAULT_SCENARIO).series.credited;
      const now = store.result.series.credited;
      motion.replay();
      flushSync();
      expect(motion.frame?.credited).toEqual(before);
      // No ghost over a replay.
      expect(motion.ghost).toBeNull();
      advance(REPLAY_MS / 2);
      const d = store.result.deadlineMonth;
      const mid = motion.frame?.credited[d] ?? NaN;
      expect(mid).toBeGreaterThan(before[d] ?? NaN);
      expect(mid).toBeLessThan(now[d] ?? NaN);
      advance(REPLAY_MS);
      expect(motion.frame).toBeNull();
    });
  });

  test('with reduced motion a replay shows the earlier lines for a moment, then the current ones, nothing between', () => {
    const store = createScenarioStore(DEFAULT_SCENARIO);
    const { env, advance } = fakeEnv(true);
    within(store, () => {
      const motion = createChangeMotion(store, () => env);
      store.step(T.setParam('paceUsdBnPerYear', 200));
      motion.replay();
      flushSync();
      expect(motion.frame?.credited).toEqual(simulate(DEFAULT_SCENARIO).series.credited);
      advance(HOLD_MS - 1);
      expect(motion.frame?.credited).toEqual(simulate(DEFAULT_SCENARIO).series.credited);
      advance(1);
      expect(motion.frame).toBeNull();
    });
  });
});

describe('lerpSeries', () => {
  test('is the first run at 0, the second at 1, and between them in between', () => {
    const a = simulate(DEFAULT_SCENARIO).series;
    const b = simulate({ ...DEFAULT_SCENARIO, paceUsdBnPerYear: 0 }).series;
    expect(lerpSeries(a, b, 0).credited).toEqual(a.credited);
    expect(lerpSeries(a, b, 1).credited).toEqual(b.credited);
    const half = lerpSeries(a, b, 0.5).credited[60] ?? NaN;
    expect(half).toBeCloseTo(((a.credited[60] ?? 0) + (b.credited[60] ?? 0)) / 2, 9);
  });
});
