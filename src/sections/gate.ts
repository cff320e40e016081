/**
 * A view of a live object (the store, the Monte Carlo's results, the answers) that follows it
 * while `active()` is true and holds what it last showed while it is false: a section off
 * screen during a drag draws nothing at each step, and catches up when the drag ends or it
 * comes into view (reading `active` is tracked, so its readers run again then). Methods pass
 * through (a transition applied from a held view still reaches the store).
 */
import { untrack } from 'svelte';

const lives = new WeakMap<object, object>();

export function gate<T extends object>(live: T, active: () => boolean): T {
  const source = liveOf(live);
  const held = new Map<PropertyKey, unknown>();
  const view = new Proxy(source, {
    get(target, key) {
      if (active()) {
        const value: unknown = Reflect.get(target, key);
        held.set(key, value);
        return value;
      }
      if (!held.has(key))
        held.set(
          key,
          untrack(() => Reflect.get(target, key)),
        );
      return held.get(key);
    },
  });
  lives.set(view, source);
  return view;
}

/** The live object behind a gated view (the object itself when it is not one). */
export function liveOf<T extends object>(x: T): T {
  return (lives.get(x) as T | undefined) ?? x;
}

/**
 * Whether a section follows the live objects: while it is on screen, and while no drag is in
 * progress. It reads the store's `changing`, which turns as a drag starts and as it ends, not
 * the scenario, which changes at every step: Svelte works out again, at each later check, a
 * derived whose value came out the same after what it read changed (sveltejs/svelte#15936),
 * so every value read through a held view would be worked out again at every step.
 */
export const following = (store: { readonly changing: boolean }, onScreen: boolean): boolean =>
  onScreen || !store.changing;
