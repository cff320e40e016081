import { describe, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import { liveMarked } from '../../src/charts/marked.svelte';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model';

describe('liveMarked', () => {
  test('a change the markers do not show (the pace) keeps the same object; one they show does not', () => {
    let scenario = $state.raw<Scenario>(DEFAULT_SCENARIO);
    const seen: object[] = [];
    const stop = $effect.root(() => {
      const marked = liveMarked(() => scenario);
      $effect(() => {
        seen.push(marked.current);
      });
    });
    flushSync();
    scenario = { ...scenario, paceUsdBnPerYear: scenario.paceUsdBnPerYear + 10 };
    flushSync();
    expect(seen).toHaveLength(1);
    scenario = { ...scenario, periodEnd: '2029-06-30' };
    flushSync();
    expect(seen).toHaveLength(2);
    expect(seen[1]).toMatchObject({ periodEnd: '2029-06-30' });
    stop();
  });
});
