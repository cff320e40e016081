/** What RunProbe.svelte saw: at each of its renders, whether a run was asked for the scenario it drew. */
import type { ScenarioStore } from '../../src/state/store.svelte';

export const runProbe = {
  seen: [] as boolean[],
  store: null as ScenarioStore | null,
  record(asked: boolean): string {
    this.seen.push(asked);
    return asked ? 'asked' : 'not asked';
  },
};
