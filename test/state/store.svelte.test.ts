import { fitsLink } from '../../src/state/urlWrite';
import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { flushSync } from 'svelte';
import {
  DEFAULT_SCENARIO,
  normalizeScenario,
  presetScenario,
  simulate,
  transitions as T,
  type Scenario,
} from '../../src/model';
import { createScenarioStore, type StoreOptions } from '../../src/state/store.svelte';
import { parseScenarioUrl } from '../../src/state/url';

type Store = ReturnType<typeof createScenarioStore>;
const withStore = (
  run: (store: Store) => void,
  options: StoreOptions = {},
  initial: Scenario = DEFAULT_SCENARIO,
) => {
  const cleanup = $effect.root(() => run(createScenarioStore(initial, null, options)));
  cleanup();
};

describe('createScenarioStore: a thin shell around the transitions', () => {
  test('a page that opens on the defaults runs the model once: its run is the baseline, until it changes', () => {
    withStore(
      (store) => {
        expect(store.result).toBe(store.defaults);
        store.step(T.setParam('paceUsdBnPerYear', 0));
        flushSync();
        expect(store.result).not.toBe(store.defaults);
        expect(store.result.summary.creditedByDeadline).toBeCloseTo(109, 6);
        // Undone, back on the scenario it opened on: the baseline's run again.
        store.undo();
        flushSync();
        expect(store.result).toBe(store.defaults);
        // Reset: a new scenario, equal to the defaults, has their run (so has A pinned on them).
        store.step(T.setParam('paceUsdBnPerYear', 0));
        flushSync();
        store.pin();
        store.step(T.resetParam('paceUsdBnPerYear'));
        flushSync();
        expect(store.result).toBe(store.defaults);
        expect(store.comparison?.a).not.toBe(store.defaults);
        store.pin();
        expect(store.comparison?.a).toBe(store.defaults);
      },
      {},
      normalizeScenario(structuredClone(DEFAULT_SCENARIO)).scenario,
    );
    // The page's own default link opens on the defaults.
    withStore(
      (store) => expect(store.result).toBe(store.defaults),
      {},
      parseScenarioUrl('').scenario,
    );
    // Another scenario has a run of its own, equal to the model's.
    const other = presetScenario('onPace');
    withStore(
      (store) => {
        expect(store.result).not.toBe(store.defaults);
        expect(store.result).toEqual(simulate(other));
      },
      {},
      other,
    );
  });

  test('its exchange rate is a value of its own, which a change of another input leaves alone', () => {
    const store = createScenarioStore(DEFAULT_SCENARIO);
    let runs = 0;
    const stop = $effect.root(() => {
      $effect(() => {
        void store.usdJpy;
        runs++;
      });
    });
    flushSync();
    expect(store.usdJpy).toBe(DEFAULT_SCENARIO.usdJpy);
    store.apply(T.setParam('paceUsdBnPerYear', 120));
    store.commit();
    flushSync();
    expect(runs).toBe(1);
    store.apply(T.setParam('usdJpy', 150));
    flushSync();
    expect([store.usdJpy, runs]).toEqual([150, 2]);
    store.undo();
    flushSync();
    expect([store.usdJpy, runs]).toEqual([DEFAULT_SCENARIO.usdJpy, 3]);
    stop();
  });

  test('it says a change is in progress from the first step of a drag to its commit, turning only then', () => {
    const store = createScenarioStore(DEFAULT_SCENARIO);
    const seen: boolean[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push(store.changing);
      });
    });
    flushSync();
    for (const pace of [120, 130, 140]) {
      store.apply(T.setParam('paceUsdBnPerYear', pace));
      flushSync();
    }
    // Once as the drag starts, not at its steps.
    expect(seen).toEqual([false, true]);
    store.commit();
    flushSync();
    expect(seen).toEqual([false, true, false]);
    // A key press (a step and its commit in one update), an undo, a redo, back and forward:
    // whole changes, never in progress, which leave it alone.
    store.step(T.setParam('paceUsdBnPerYear', 150));
    flushSync();
    store.undo();
    flushSync();
    store.redo();
    flushSync();
    store.restore(presetScenario('stalled'), null);
    flushSync();
    expect(seen).toEqual([false, true, false]);
    // A drag back to the committed scenario is no change in progress.
    store.apply(T.setParam('paceUsdBnPerYear', 160));
    expect(store.changing).toBe(true);
    store.apply(() => store.committed);
    expect(store.changing).toBe(false);
    stop();
  });

  test('whatever a reader does, a change is in progress exactly while the scenario is not the committed one', () => {
    const op = fc.oneof(
      fc.record({
        kind: fc.constant('drag' as const),
        pace: fc.integer({ min: 0, max: 1000 }),
      }),
      fc.constantFrom(
        { kind: 'commit' as const },
        { kind: 'step' as const },
        { kind: 'undo' as const },
        { kind: 'redo' as const },
        { kind: 'pin' as const },
        { kind: 'unpin' as const },
        { kind: 'restore' as const },
        { kind: 'back' as const },
      ),
    );
    fc.assert(
      fc.property(fc.array(op, { maxLength: 30 }), (ops) => {
        const store = createScenarioStore(DEFAULT_SCENARIO);
        for (const o of ops) {
          if (o.kind === 'drag') store.apply(T.setParam('paceUsdBnPerYear', o.pace));
          else if (o.kind === 'step') store.step(T.setParam('paceUsdBnPerYear', 42));
          else if (o.kind === 'restore') store.restore(presetScenario('stalled'), null);
          else if (o.kind === 'back') store.apply(() => store.committed);
          else store[o.kind]();
          expect(store.changing).toBe(store.scenario !== store.committed);
        }
      }),
      { numRuns: 200 },
    );
  });

  test('the result is derived from the scenario', () => {
    withStore((store) => {
      store.apply(T.setParam('paceUsdBnPerYear', 0));
      flushSync();
      expect(store.result.summary.creditedByDeadline).toBeCloseTo(109, 6);
    });
  });

  test('a scenario the store has just run is not run again: the run before a change (the charts’ ghost), the committed one mid-drag, the pinned one', () => {
    withStore(
      (store) => {
        const before = store.scenario;
        const beforeRun = store.result;
        store.step(T.setParam('paceUsdBnPerYear', 40));
        flushSync();
        const after = store.result;
        expect(store.lastChange?.before).toBe(before);
        expect(store.resultOf(before)).toBe(beforeRun);
        expect(store.resultOf(store.scenario)).toBe(after);
        // Mid-drag, the committed scenario's run is the one from before the drag.
        store.apply(T.setParam('paceUsdBnPerYear', 50));
        flushSync();
        expect(store.resultOf(store.committed)).toBe(after);
        expect(store.resultOf(store.scenario)).toBe(store.result);
        store.commit();
        // Pinned: the pinned scenario's run is the one it had.
        const pinned = store.scenario;
        const pinnedRun = store.result;
        store.pin();
        store.step(T.setParam('paceUsdBnPerYear', 60));
        flushSync();
        expect(store.comparison?.a).toBe(pinnedRun);
        expect(store.resultOf(pinned)).toBe(pinnedRun);
        // A scenario it has never run: the model's run of it, kept for the next time.
        const other = presetScenario('stalled');
        const otherRun = store.resultOf(other);
        expect(otherRun).toEqual(simulate(other));
        expect(store.resultOf(other)).toBe(otherRun);
        // Only the last few runs are kept (an undo step keeps its scenario, not its run): many
        // changes later, the first scenario's run is made again, the same.
        for (let pace = 70; pace < 80; pace++) {
          store.step(T.setParam('paceUsdBnPerYear', pace));
          flushSync();
          void store.result;
        }
        expect(store.resultOf(before)).not.toBe(beforeRun);
        expect(store.resultOf(before)).toEqual(beforeRun);
      },
      {},
      presetScenario('onPace'),
    );
  });

  test('every change passes the same rules as a link: what the store holds, normalizeScenario leaves alone', () => {
    withStore((store) => {
      store.apply(T.setParam('pledgeUsdBn', 99_999));
      store.step(T.setGoodsRate('other', 'ratePenalty', 0.01));
      store.step(
        T.addSelection({ date: '2027-01-01', name: '  Padded  ', sector: 'gas', valueUsdBn: 5 }),
      );
      expect(store.scenario.pledgeUsdBn).toBe(1000);
      expect(store.scenario.goods.other.ratePenalty).toBe(store.scenario.goods.other.rateNow);
      expect(normalizeScenario(store.scenario)).toEqual({
        scenario: store.scenario,
        corrections: [],
      });
      expect(store.result.summary.expectedDutiesUsdBn).toBeGreaterThanOrEqual(0);
    });
  });

  test('every change between two commits is one undo step', () => {
    withStore((store) => {
      store.apply(T.setParam('pledgeUsdBn', 600));
      store.apply(T.setParam('pledgeUsdBn', 650));
      store.apply(T.setParam('sofrAnnual', 0.05));
      store.commit();
      store.undo();
      expect(store.scenario).toEqual(DEFAULT_SCENARIO);
      store.redo();
      expect(store.scenario.pledgeUsdBn).toBe(650);
      expect(store.scenario.sofrAnnual).toBe(0.05);
    });
  });

  test('a preset and a project edit are undo points of their own', () => {
    withStore((store) => {
      store.step(T.applyPreset('highRates'));
      store.step(T.removeSelection('oh-gas'));
      store.undo();
      expect(store.scenario.selections).toHaveLength(5);
      expect(store.scenario.treasury10yAnnual).toBe(0.055);
      store.undo();
      expect(store.scenario.treasury10yAnnual).toBe(DEFAULT_SCENARIO.treasury10yAnnual);
      expect(store.canUndo).toBe(false);
    });
  });

  test('a new change clears the redo stack', () => {
    withStore((store) => {
      store.step(T.resetParam('pledgeUsdBn'));
      store.apply(T.setParam('pledgeUsdBn', 700));
      store.commit();
      store.undo();
      expect(store.canRedo).toBe(true);
      store.apply(T.setParam('pledgeUsdBn', 800));
      store.commit();
      expect(store.canRedo).toBe(false);
    });
  });

  test('a drag is one replace entry; a step, a pin and an unpin each push one', () => {
    withStore((store) => {
      const hows: string[] = [];
      const push = () => hows.push(store.entry.how);
      store.apply(T.setParam('pledgeUsdBn', 600));
      store.apply(T.setParam('pledgeUsdBn', 610));
      store.commit();
      push();
      store.step(T.applyPreset('stalled'));
      push();
      store.pin();
      push();
      expect(store.pinned).toBe(store.scenario);
      store.unpin();
      push();
      expect(hows).toEqual(['replace', 'push', 'push', 'push']);
    });
  });

  test('an edit whose link would not fit is refused, with the reason; the scenario is kept', () => {
    let fit = true;
    withStore(
      (store) => {
        store.step(T.setParam('pledgeUsdBn', 600));
        fit = false;
        const before = store.scenario;
        expect(
          store.step(
            T.addSelection({
              date: '2027-01-01',
              name: 'x'.repeat(120),
              sector: 'gas',
              valueUsdBn: 5,
            }),
          ),
        ).toBe(false);
        expect(store.scenario).toBe(before);
        expect(store.refusal).toBe('linkTooLong');
        expect(store.pin()).toBe(false);
        fit = true;
        store.step(T.setParam('pledgeUsdBn', 700));
        expect(store.refusal).toBe(null);
      },
      { fits: () => fit },
    );
  });

  test('a page that writes no link (an embed) has no link limit; the explorer sets the codec’s (fitsLink), and from then on a change whose link is too long is refused', () => {
    const long = T.addSelection({
      date: '2027-01-01',
      name: 'x'.repeat(120),
      sector: 'gas',
      valueUsdBn: 5,
    });
    withStore((store) => {
      // Rows enough for a link past the codec's limit.
      for (let i = 0; i < 60; i++) expect(store.step(long)).toBe(true);
      expect(fitsLink(store.scenario, null)).toBe(false);
    });
    withStore((store) => {
      store.limitLink((s, pinned) => fitsLink(s, pinned));
      let taken = 0;
      while (store.step(long)) taken++;
      expect(taken).toBeGreaterThan(0);
      expect(store.refusal).toBe('linkTooLong');
      expect(fitsLink(store.scenario, null)).toBe(true);
    });
  });

  test('restore (back/forward) brings back the scenario and the pin together, and writes nothing', () => {
    withStore((store) => {
      const b = presetScenario('stalled');
      const a = presetScenario('highRates');
      store.restore(b, a);
      expect(store.scenario).toEqual(b);
      expect(store.pinned).toEqual(a);
      expect(store.entry.how).toBe('restore');
    });
  });
});
