import { describe, expect, test } from 'vitest';
import { flushSync } from 'svelte';
import { gate, liveOf } from '../../src/sections/gate';

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
