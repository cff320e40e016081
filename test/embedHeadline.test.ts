import { describe, expect, test } from 'vitest';
import { screen } from '@testing-library/svelte';
import { flushSync, type Component } from 'svelte';
import { renderWithStore, withProps } from './harness/render';
import EmbedHeadline from '../src/embed/EmbedHeadline.svelte';
import { embedAnswer } from '../src/charts/RiskChart.svelte';
import { DEFAULT_SCENARIO, runMonteCarlo } from '../src/model';

describe('an embed’s answer', () => {
  test('is busy while it is the central path’s or the Monte Carlo’s first paths, and not once the whole run is in', () => {
    const s = { ...DEFAULT_SCENARIO, mcPaths: 400 };
    const { results, store } = renderWithStore(
      [
        withProps(EmbedHeadline as unknown as Component<Record<string, unknown>>, {
          answer: embedAnswer,
        }),
      ],
      s,
    );
    const answer = screen.getByTestId('embed-answer');
    // The central path's, provisional.
    expect(answer).toHaveAttribute('aria-busy', 'true');
    expect(answer).toHaveTextContent('Central path, provisional');
    // The first 250 of 400 paths: a real answer, still refining.
    results.setMonteCarloResult(runMonteCarlo(s, { paths: 250, seed: 1 }), store.scenario);
    flushSync();
    expect(answer).toHaveAttribute('aria-busy', 'true');
    expect(answer).toHaveTextContent('95% interval');
    // The whole run.
    results.setMonteCarloResult(runMonteCarlo(s, { paths: 400, seed: 1 }), store.scenario);
    flushSync();
    expect(answer).toHaveAttribute('aria-busy', 'false');
    expect(answer).toHaveTextContent('95% interval');
  });
});
