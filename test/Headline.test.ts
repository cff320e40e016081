import { describe, expect, test } from 'vitest';
import { screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { renderWithStore } from './harness/render';
import Headline from '../src/Headline.svelte';
import { presetScenario } from '../src/model/presets';
import { runMonteCarlo } from '../src/model/montecarlo';

describe('Headline', () => {
  test('shows the two answers and the plain-language summary for the defaults', () => {
    renderWithStore([Headline]);
    expect(screen.getByTestId('credited')).toHaveTextContent('US$550bn');
    expect(screen.getByTestId('behind')).toHaveTextContent('On pace');
    expect(screen.getByTestId('risk')).toHaveTextContent('21%');
    expect(screen.getByTestId('summary')).toHaveTextContent(
      /^Under these assumptions Japan funds 94% of what Washington selects/,
    );
    expect(screen.getByText('Monte Carlo running…')).toBeInTheDocument();
  });

  test('a stalled programme ends months behind, and the Monte Carlo interval appears when it is done', () => {
    const s = presetScenario('stalled');
    const { store } = renderWithStore([Headline], s);
    store.setMonteCarloResult(runMonteCarlo(s, { paths: 300, seed: 1 }), s);
    flushSync();
    expect(screen.getByTestId('behind')).toHaveTextContent(/^\d+ months$/);
    expect(screen.getByTestId('summary')).toHaveTextContent(
      /months behind the pace the deal requires/,
    );
    expect(
      screen.getByText(/^Monte Carlo: \d+% of 300 paths \(95% interval \d+%–\d+%\)$/),
    ).toBeInTheDocument();
  });
});
