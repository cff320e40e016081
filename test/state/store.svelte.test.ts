import { describe, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import { DEFAULT_SCENARIO } from '../../src/model';
import { createScenarioStore } from '../../src/state/store.svelte';

describe('createScenarioStore', () => {
  const withStore = (run: (store: ReturnType<typeof createScenarioStore>) => void) => {
    const cleanup = $effect.root(() => run(createScenarioStore(DEFAULT_SCENARIO)));
    cleanup();
  };

  test('the result is derived from the scenario', () => {
    withStore((store) => {
      store.setParam('paceUsdBnPerYear', 0);
      flushSync();
      expect(store.result.summary.creditedByDeadline).toBeLessThan(109);
    });
  });

  test('setParam clamps to the range and never mutates the previous scenario', () => {
    withStore((store) => {
      const before = store.scenario;
      store.setParam('pledgeUsdBn', 99_999);
      expect(store.scenario.pledgeUsdBn).toBe(1000);
      expect(before.pledgeUsdBn).toBe(550);
      expect(Object.isFrozen(store.scenario)).toBe(true);
    });
  });

  test('every change between two commits is one undo step', () => {
    withStore((store) => {
      store.setParam('pledgeUsdBn', 600);
      store.setParam('pledgeUsdBn', 650);
      store.setParam('sofrAnnual', 0.05);
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
      store.applyPreset('highRates');
      store.removeSelection('oh-gas');
      store.undo();
      expect(store.scenario.selections).toHaveLength(5);
      expect(store.scenario.treasury10yAnnual).toBe(0.055);
      store.undo();
      expect(store.scenario.treasury10yAnnual).toBe(0.042);
      expect(store.canUndo).toBe(false);
    });
  });

  test('a new change clears the redo stack', () => {
    withStore((store) => {
      store.resetParam('pledgeUsdBn');
      store.setParam('pledgeUsdBn', 700);
      store.commit();
      store.undo();
      expect(store.canRedo).toBe(true);
      store.setParam('pledgeUsdBn', 800);
      store.commit();
      expect(store.canRedo).toBe(false);
    });
  });
});
