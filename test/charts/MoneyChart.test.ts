import { describe, expect, test } from 'vitest';
import { render, screen } from '@testing-library/svelte';
import Harness from '../harness/Harness.svelte';
import MoneyChart from '../../src/charts/MoneyChart.svelte';

describe('MoneyChart', () => {
  test('has an accessible title and a description generated from the numbers', () => {
    render(Harness, { components: [MoneyChart] });
    const svg = screen.getByRole('img', {
      name: /Credited toward the pledge vs the required pace/,
    });
    expect(svg).toHaveAccessibleName(
      'Credited toward the pledge vs the required pace Credited commitments reach US$550bn by the deadline of 19 Jan 2029, 100.0% of the pledge of US$550bn.',
    );
  });

  test('draws the credited and required lines and marks the deadline', () => {
    const { container } = render(Harness, { components: [MoneyChart] });
    expect(container.querySelectorAll('path.line')).toHaveLength(2);
    expect(container.querySelector('.rule text')?.textContent).toBe('Deadline');
  });

  test('matches its SVG snapshot for the default scenario', async () => {
    const { container } = render(Harness, { components: [MoneyChart] });
    await expect(container.querySelector('svg')?.outerHTML).toMatchFileSnapshot(
      './__snapshots__/MoneyChart.default.svg',
    );
  });
});
