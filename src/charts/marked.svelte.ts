/**
 * The parts of the scenario a time chart marks (annotations.ts), each followed on its own: a
 * step of a drag that moves the pace leaves the object as it is, so the markers are not drawn
 * again.
 */
import type { Scenario } from '../model';
import type { Marked } from './annotations';

export function liveMarked(scenario: () => Scenario): { readonly current: Marked } {
  const includeAnnounced = $derived(scenario().includeAnnounced);
  const selections = $derived(scenario().selections);
  const periodEnd = $derived(scenario().periodEnd);
  const events = $derived(scenario().events);
  const marked = $derived({ includeAnnounced, selections, periodEnd, events });
  return {
    get current() {
      return marked;
    },
  };
}
