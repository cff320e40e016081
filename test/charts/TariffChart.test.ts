import { describe, expect, test } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { renderWithStore, withProps } from '../harness/render';
import TariffChart from '../../src/charts/TariffChart.svelte';
import { DEFAULT_SCENARIO, runMonteCarlo, simulate, transitions } from '../../src/model';
import { DATA_AS_OF } from '../../src/data/release';
import { createFormatter } from '../../src/i18n/format';

const s = DEFAULT_SCENARIO;
const r = simulate(s);
const fmt = createFormatter('en', 'usd', s.usdJpy);
/** The chart's default last month. */
const LAST = r.months.indexOf('2030-12');

const setup = () => renderWithStore([withProps(TariffChart, { fallbackWidth: 720 })]);
/** A path's points as [x, y] px. */
const points = (d: string | null | undefined) =>
  [...(d ?? '').matchAll(/[ML](-?[\d.]+),(-?[\d.]+)/g)].map((m) => [Number(m[1]), Number(m[2])]);
/** The tariff line's two paths. */
const tariffPaths = (container: Element) => ({
  history: container.querySelector('path.line.tariff:not(.projection)')?.getAttribute('d'),
  projection: container.querySelector('path.line.tariff.projection')?.getAttribute('d'),
});
/** The cells of one month's row in the chart's table. */
async function tableRow(month: string) {
  if (!screen.queryByRole('table'))
    await fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
  const table = await screen.findByRole('table', {
    name: /^Average US tariff on Japan’s goods \S/,
  });
  const row = within(table).getByRole('rowheader', { name: month }).closest('tr')!;
  return within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
}

describe('TariffChart', () => {
  test('the average rate is history up to the data’s month, then its projection, drawn apart', () => {
    const { container } = setup();
    const { history, projection } = tariffPaths(container);
    const past = points(history);
    const future = points(projection);
    // Month 0 to the as-of month, then the as-of month to the last month shown.
    expect(past).toHaveLength(r.asOfMonth + 1);
    expect(future).toHaveLength(LAST - r.asOfMonth + 1);
    expect(future[0]).toEqual(past.at(-1));
    // The split is at the end of the as-of month: right of the as-of marker, within a month.
    const asOfX = Number(
      container
        .querySelector('g.rule.asOf')
        ?.getAttribute('transform')
        ?.match(/translate\(([\d.]+)/)?.[1],
    );
    const monthPx = (future[1]![0]! - future[0]![0]!) * 1.1;
    expect(past.at(-1)![0]! - asOfX).toBeGreaterThan(0);
    expect(past.at(-1)![0]! - asOfX).toBeLessThanOrEqual(monthPx);
    expect(screen.getByText(`Data to ${fmt.date(DATA_AS_OF)}`)).toBeInTheDocument();
  });

  test('is described by the average rates now and under a penalty, as of the data’s date', () => {
    setup();
    expect(
      screen.getByRole('img', { name: /^Average US tariff on Japan’s goods/ }),
    ).toHaveAccessibleName(
      `Average US tariff on Japan’s goods The share-weighted average tariff is ` +
        `${fmt.share(r.summary.averageRateNow)} now (data checked through ${fmt.date(DATA_AS_OF)}) ` +
        `and would be ${fmt.share(r.summary.averageRatePenalty)} under a penalty; after the ` +
        `data’s date the line is its expected value.`,
    );
  });

  test('a penalty rate edited moves the projection, never the history', async () => {
    const { store } = setup();
    const history = (await tableRow('2025-12'))[0];
    const projection = (await tableRow('2029-12'))[0];
    store.step(transitions.setGoodsRate('other', 'ratePenalty', 0.5));
    flushSync();
    const edited = simulate(store.scenario);
    expect((await tableRow('2025-12'))[0]).toBe(history);
    expect(await tableRow('2029-12')).toEqual([
      fmt.share(edited.series.averageTariff[edited.months.indexOf('2029-12')] ?? NaN),
      fmt.share(edited.summary.averageRateNow),
      fmt.share(edited.summary.averageRatePenalty),
      // The defaults' line, the faint baseline, does not move.
      fmt.share(r.series.averageTariff[r.months.indexOf('2029-12')] ?? NaN),
    ]);
    expect((await tableRow('2029-12'))[0]).not.toBe(projection);
  });

  test('the table gives the schedule in history and the expected rate after; the Monte Carlo’s once it is in', async () => {
    const { results, store } = setup();
    const dec2025 = r.months.indexOf('2025-12');
    const dec2029 = r.months.indexOf('2029-12');
    expect(await tableRow('2025-12')).toEqual([
      fmt.share(r.series.averageTariff[dec2025] ?? NaN),
      fmt.share(r.summary.averageRateNow),
      fmt.share(r.summary.averageRatePenalty),
    ]);
    expect((await tableRow('2029-12'))[0]).toBe(fmt.share(r.series.averageTariff[dec2029] ?? NaN));
    // Each column says which estimate it holds: the central path until the Monte Carlo is in.
    const header = (name: string) => screen.queryByRole('columnheader', { name });
    expect(header('Average tariff: as it was, then expected (central path)')).toBeInTheDocument();
    expect(header('Average tariff: as it was, then expected (Monte Carlo)')).toBeNull();
    const mc = runMonteCarlo(s, { paths: 300, seed: 5 });
    results.setMonteCarloResult(mc, store.scenario);
    flushSync();
    expect((await tableRow('2029-12'))[0]).toBe(fmt.share(mc.tariff.averageTariff[dec2029] ?? NaN));
    expect(header('Average tariff: as it was, then expected (Monte Carlo)')).toBeInTheDocument();
    expect(header('Average tariff: as it was, then expected (central path)')).toBeNull();
    expect((await tableRow('2025-12'))[0]).toBe(fmt.share(r.series.averageTariff[dec2025] ?? NaN));
  });
});
