/** Renders components inside the harness and hands back the store for inspection. */
import { render } from '@testing-library/svelte';
import type { Component, ComponentProps } from 'svelte';
import Harness, { type Item } from './Harness.svelte';
import { DEFAULT_SCENARIO, type Scenario } from '../../src/model';
import type { ScenarioStore, StoreOptions } from '../../src/state/store.svelte';
import type { Results } from '../../src/state/results.svelte';
import type { ChartView } from '../../src/state/chartView.svelte';
import type { MotionEnv } from '../../src/state/changeMotion.svelte';
import type { Catalogue } from '../../src/i18n/en';
import type { Currency, Locale } from '../../src/i18n/format';
import type { View } from '../../src/state/view';

export function renderWithStore(
  components: Item[],
  scenario: Scenario = DEFAULT_SCENARIO,
  options: {
    lang?: Locale;
    catalogue?: Catalogue;
    cur?: Currency;
    /** The store's own options, such as whether a link fits. */
    storeOptions?: StoreOptions;
    /** The clock a replay uses. */
    motionEnv?: () => MotionEnv;
    /** The catalogue is a start-up part whose rest never arrives. */
    partial?: boolean;
    /** With `partial`: the rest of the catalogue, when it should arrive after all. */
    rest?: Partial<Catalogue>;
    /** The page's view; the default's otherwise. */
    view?: View;
  } = {},
) {
  let store: ScenarioStore | undefined;
  let results: Results | undefined;
  let chartView: ChartView | undefined;
  const view = render(Harness, {
    components,
    scenario,
    onstore: (s: ScenarioStore, r: Results, c: ChartView) => {
      store = s;
      results = r;
      chartView = c;
    },
    ...options,
  });
  if (!store || !results || !chartView) throw new Error('the harness did not create a store');
  return { ...view, store, results, chartView };
}

/** A component with its props (checked against the component), for renderWithStore. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any component; its props are checked below
export function withProps<C extends Component<any>>(component: C, props: ComponentProps<C>): Item {
  return { component, props: props as Record<string, unknown> };
}
