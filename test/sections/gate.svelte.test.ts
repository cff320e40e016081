import { describe, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import { following, gate, liveOf } from '../../src/sections/gate';
import { createScenarioStore } from '../../src/state/store.svelte';
import { DEFAULT_SCENARIO, transitions as T } from '../../src/model';

/** A live object like the store: a getter over state, and a method. */
function counter() {
  let value = $state(0);
  return {
    get value() {
      return value;
    },
    bump: () => value++,
  };
}

describe('gate', () => {
  test('follows the live object while active, holds its last value while not, then catches up', () => {
    const live = counter();
    let active = $state(true);
    const view = gate(live, () => active);
    const seen: number[] = [];
    const stop = $effect.root(() => {
      $effect(() => {
        seen.push(view.value);
      });
    });
    flushSync();
    live.bump();
    flushSync();
    active = false; // a drag starts with the section off screen
    flushSync();
    live.bump();
    live.bump();
    flushSync();
    expect(view.value).toBe(1);
    active = true; // the drag ends
    flushSync();
    expect(seen).toEqual([0, 1, 1, 3]);
    stop();
  });

  test('a section off screen, held while the store is changing, works nothing out at the steps of a drag', () => {
    const store = createScenarioStore(DEFAULT_SCENARIO);
    // As src/sections/LazySection.svelte holds a section off screen.
    const active = $derived(following(store, false));
    const view = gate(store, () => active);
    let runs = 0;
    const seen: number[] = [];
    const stop = $effect.root(() => {
      // What the section works out from the scenario: the same answer before and during the drag.
      const credited = $derived.by(() => {
        runs++;
        return view.scenario.pledgeUsdBn;
      });
      $effect(() => {
        seen.push(credited);
      });
    });
    flushSync();
    for (const pace of [120, 130, 140, 150, 160]) {
      store.apply(T.setParam('paceUsdBnPerYear', pace));
      flushSync();
    }
    // Once as the drag starts (the view turns to what it holds), never again at its steps.
    expect(runs).toBe(2);
    store.commit();
    flushSync();
    expect(runs).toBe(3);
    expect(view.scenario).toBe(store.committed);
    expect(seen).toEqual([DEFAULT_SCENARIO.pledgeUsdBn]);
    stop();
  });

  test('methods reach the live object even while held, and liveOf unwraps the view', () => {
    const live = counter();
    const view = gate(live, () => false);
    expect(view.value).toBe(0); // first read: the live value, held from then on
    view.bump();
    expect(live.value).toBe(1);
    expect(view.value).toBe(0);
    expect(liveOf(view)).toBe(live);
    expect(liveOf(live)).toBe(live);
  });
});
