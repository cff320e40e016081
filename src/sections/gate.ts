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
