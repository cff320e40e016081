import { describe, expect, test } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/svelte';
import Harness from '../harness/Harness.svelte';
import PledgeControl from '../../src/controls/PledgeControl.svelte';
import MoneyChart from '../../src/charts/MoneyChart.svelte';
import type { ScenarioStore } from '../../src/state/store.svelte';

function setup() {
  let store: ScenarioStore | undefined;
  const view = render(Harness, {
    components: [PledgeControl, MoneyChart],
    onstore: (s: ScenarioStore) => (store = s),
  });
  const slider = screen.getByRole('slider', { name: 'Pledge' });
  const creditedPath = () => view.container.querySelector('path.line.credited')?.getAttribute('d');
  return { slider, creditedPath, store: () => store! };
}

describe('PledgeControl', () => {
  test('is a labelled slider that says its value with the unit', () => {
    const { slider } = setup();
    expect(slider).toHaveAttribute('aria-valuetext', 'US$550bn');
    expect(slider).toHaveAccessibleDescription('from US$50bn to US$1.0tn');
  });

  test('moving the slider changes the credited line of the chart', async () => {
    const { slider, creditedPath, store } = setup();
    const before = creditedPath();
    expect(before).toMatch(/^M/);
    await fireEvent.input(slider, { target: { value: '300' } });
    expect(store().scenario.pledgeUsdBn).toBe(300);
    expect(slider).toHaveAttribute('aria-valuetext', 'US$300bn');
    expect(creditedPath()).not.toBe(before);
  });

  test('the value is committed only when the drag ends', async () => {
    const { slider, store } = setup();
    await fireEvent.input(slider, { target: { value: '700' } });
    expect(store().committed.pledgeUsdBn).toBe(550);
    await fireEvent.change(slider);
    expect(store().committed.pledgeUsdBn).toBe(700);
  });
});
