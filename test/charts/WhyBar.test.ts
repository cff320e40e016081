import { describe, expect, test } from 'vitest';
import { screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { renderWithStore } from '../harness/render';
import WhyBar from '../../src/charts/WhyBar.svelte';
import {
  DEFAULT_SCENARIO,
  RISK_FACTORS,
  largestCause,
  runMonteCarlo,
  simulate,
  type WhyParts,
} from '../../src/model';
import { en } from '../../src/i18n/en';
import { createFormatter } from '../../src/i18n/format';

const fmt = createFormatter('en', 'usd', DEFAULT_SCENARIO.usdJpy);
const region = () => screen.getByRole('group', { name: /^Why / });

/** Each cause's row as read: its name and its points. */
const rowsShown = () =>
  within(region())
    .getAllByRole('listitem')
    .map((li) => li.textContent?.replace(/\s+/g, ' ').trim());
const rowsOf = (why: WhyParts) =>
  RISK_FACTORS.map((f) => `${en[`why.${f}`]} ${fmt.points(why.parts[f], 1)}`);
/** The points shown, read back as numbers. */
const pointsShown = () =>
  within(region())
    .getAllByRole('listitem')
    .map((li) => Number(li.lastElementChild?.textContent?.replace('−', '-').replace(' pt', '')));

describe('WhyBar', () => {
  test('before the Monte Carlo: the central path’s parts, marked provisional, one row per cause', () => {
    const x = simulate(DEFAULT_SCENARIO).summary;
    renderWithStore([WhyBar]);
    expect(
      screen.getByRole('heading', {
        name: `Why ${fmt.share(x.pReimposedByDeadline, 0)}: what the chance of a penalty comes from Central path, provisional: the Monte Carlo is running`,
      }),
    ).toBeInTheDocument();
    expect(rowsShown()).toEqual(rowsOf(x.why));
  });

  test('the parts shown add up to the answer, and the largest cause is named with its points', () => {
    const x = simulate(DEFAULT_SCENARIO).summary;
    renderWithStore([WhyBar]);
    const sum = pointsShown().reduce((a, b) => a + b, 0);
    // Five parts each rounded to 0.1 pt.
    expect(Math.abs(sum - x.pReimposedByDeadline * 100)).toBeLessThanOrEqual(5 * 0.05 + 1e-9);
    const top = largestCause(x.why);
    expect(
      within(region()).getByText(
        `The largest part of the ${fmt.share(x.pReimposedByDeadline, 0)} comes from ${en[`why.${top}`]} ` +
          `(${fmt.points(x.why.parts[top], 0)}).`,
      ),
    ).toBeInTheDocument();
    // Its bar is the full width; every other bar is shorter.
    const widths = Object.fromEntries(
      within(region())
        .getAllByRole('listitem')
        .map((li) => [li.dataset.factor, li.querySelector('.fill')?.getAttribute('width')]),
    );
    expect(widths[top]).toBe('100%');
    for (const [factor, width] of Object.entries(widths))
      if (factor !== top) expect(parseFloat(String(width))).toBeLessThan(100);
  });

  test('once the Monte Carlo is in, the parts are its paths’ and add up to its share', () => {
    const s = DEFAULT_SCENARIO;
    const mc = runMonteCarlo(s, { paths: 300, seed: 7 });
    const { store, results } = renderWithStore([WhyBar]);
    results.setMonteCarloResult(mc, store.scenario);
    flushSync();
    expect(
      screen.getByRole('heading', {
        name: `Why ${fmt.share(mc.shareReimposedByDeadline, 0)}: what the chance of a penalty comes from`,
      }),
    ).toBeInTheDocument();
    expect(rowsShown()).toEqual(rowsOf(mc.why));
    const sum = pointsShown().reduce((a, b) => a + b, 0);
    expect(Math.abs(sum - mc.shareReimposedByDeadline * 100)).toBeLessThanOrEqual(0.25 + 1e-9);
    expect(screen.queryByText(/provisional/)).not.toBeInTheDocument();
  });

  test('with no threats implemented there is nothing to split, and it says so', () => {
    renderWithStore([WhyBar], { ...DEFAULT_SCENARIO, implementedShare: 0 });
    expect(
      within(region()).getByText('No penalty is possible under these assumptions.'),
    ).toBeInTheDocument();
    expect(pointsShown().every((p) => p === 0)).toBe(true);
  });
});
