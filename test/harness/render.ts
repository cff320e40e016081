/** Renders components inside the harness and hands back the store for inspection. */
import { render } from '@testing-library/svelte';
import type { Component } from 'svelte';
import Harness, { type Item } from './Harness.svelte';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model';
import type { ScenarioStore } from '../../src/state/store.svelte';

export function renderWithStore(components: Item[], scenario: Scenario = DEFAULT_SCENARIO) {
  let store: ScenarioStore | undefined;
  const view = render(Harness, {
    components,
    scenario,
    onstore: (s: ScenarioStore) => (store = s),
  });
  if (!store) throw new Error('the harness did not create a store');
  return { ...view, store };
}

/** A component with its props, for renderWithStore. */
export function withProps<P extends Record<string, unknown>>(
  component: Component<P>,
  props: P,
): Item {
  return { component: component as Component<Record<string, unknown>>, props };
}
