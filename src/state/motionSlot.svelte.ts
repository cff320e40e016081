/**
 * The charts' change motion (changeMotion.svelte.ts) as the page starts: none until its code
 * arrives, then that. Its code comes with the controls' chunk, which the explorer starts with
 * and an embed loads with its live controls (App.svelte); an embed without them never changes
 * its scenario, so it never needs it. Without a change there is nothing to show: no ghost, no
 * replay, the ghost's key of no change yet, and no drawing of a ghost (Ghost.svelte comes with
 * that code).
 */
import type { ChangeMotion } from './changeMotion.svelte';

export function motionSlot(): ChangeMotion & { set(motion: ChangeMotion): void } {
  let motion = $state.raw<ChangeMotion | null>(null);
  return {
    get ghost() {
      return motion?.ghost ?? null;
    },
    get ghostKey() {
      return motion?.ghostKey ?? 'change-0';
    },
    get dragging() {
      return motion?.dragging ?? false;
    },
    get frame() {
      return motion?.frame ?? null;
    },
    get canReplay() {
      return motion?.canReplay ?? false;
    },
    replay() {
      motion?.replay();
    },
    get Ghost() {
      return motion?.Ghost ?? null;
    },
    set(next) {
      motion = next;
    },
  };
}
