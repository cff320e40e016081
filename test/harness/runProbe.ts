/** What RunProbe.svelte saw: at each of its renders, whether a run was asked for the scenario it drew, and how many paths of that scenario's answers it drew. */
import type { ScenarioStore } from '../../src/state/store.svelte';
import type { Results } from '../../src/state/results.svelte';

export const runProbe = {
  seen: [] as boolean[],
  /** At each render, the paths of the answers drawn if they are the drawn scenario's, else null. */
  answered: [] as (number | null)[],
  store: null as ScenarioStore | null,
  results: null as Results | null,
  record(asked: boolean, answered: number | null): string {
    this.seen.push(asked);
    this.answered.push(answered);
    return `${asked ? 'asked' : 'not asked'}, ${answered ?? 'no'} paths`;
  },
};
