import { describe, expect, test } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { renderWithStore, withProps } from '../harness/render';
import RiskChart from '../../src/charts/RiskChart.svelte';
import {
  DEFAULT_SCENARIO,
  presetScenario,
  runMonteCarlo,
  simulate,
  transitions,
} from '../../src/model';
import { createFormatter } from '../../src/i18n/format';
import { DATA_AS_OF } from '../../src/data/release';

const s = DEFAULT_SCENARIO;
const r = simulate(s);
const fmt = createFormatter('en', 'usd', s.usdJpy);
const mc = runMonteCarlo(s, { paths: 300, seed: 3 });
const ANSWER = 'Chance of a penalty (share of Monte Carlo paths)';
const CENTRAL = 'Central path';
const DEFAULTS = 'Defaults, central path';

const setup = (withMc: boolean) => {
  const view = renderWithStore([withProps(RiskChart, { fallbackWidth: 720 })]);
  if (withMc) view.results.setMonteCarloResult(mc, view.store.scenario);
  flushSync();
  return view;
};
const lines = (container: Element) =>
  [...container.querySelectorAll('path.line:not(.projection)')].map((p) => p.classList[1]);
/** The chart as a table: its column headers, and the cells of the deadline month's row. */
async function asTable() {
  await fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
  const table = await screen.findByRole('table', {
    name: /^How likely a tariff penalty is \S/,
  });
  const headers = within(table)
    .getAllByRole('columnheader')
    .map((h) => h.textContent);
  const row = within(table)
    .getByRole('rowheader', { name: r.months[r.deadlineMonth] })
    .closest('tr')!;
  const cells = within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);
  return { headers, cells };
}

describe('RiskChart', () => {
  test('its key names each shaded window over by the data’s date that the months shown hold, which the plot shades without a name', () => {
    const { container, chartView } = setup(true);
    const past = s.events.filter((e) => e.enabled && e.end <= DATA_AS_OF);
    expect(past.length).toBeGreaterThan(0);
    // (Its label, then what a screen reader hears of its box.)
    const key = (label: string) =>
      screen
        .queryAllByRole('listitem')
        .filter(
          (li) =>
            li.textContent?.trim() === `${label} (a past event: the months it lasted are shaded)`,
        );
    for (const e of past) expect(key(e.label)).toHaveLength(1);
    expect(container.querySelectorAll('g.window.past')).toHaveLength(past.length);
    expect(container.querySelectorAll('g.window.past text')).toHaveLength(0);
    // Months after the windows: no window, no key.
    chartView.setRange({ from: '2027-01', to: '2030-12' });
    flushSync();
    expect(container.querySelectorAll('g.window.past')).toHaveLength(0);
    for (const e of past) expect(key(e.label)).toHaveLength(0);
  });

  test('from the month after a past window ends, a narrow plot draws no sliver of it, and keys none', () => {
    const view = renderWithStore([withProps(RiskChart, { fallbackWidth: 300 })]);
    const past = s.events.filter((e) => e.enabled && e.end <= DATA_AS_OF);
    const last = past
      .map((e) => e.end)
      .sort()
      .at(-1)!;
    expect(last.slice(8)).toMatch(/^(28|29|30|31)$/); // (its month's last day)
    const next = new Date(`${last.slice(0, 7)}-01T00:00:00Z`);
    next.setUTCMonth(next.getUTCMonth() + 1);
    // The whole life from that month: a day is under a twentieth of a pixel.
    view.chartView.setRange({ from: next.toISOString().slice(0, 7), to: '2040-12' });
    flushSync();
    expect(view.container.querySelectorAll('g.window.past')).toHaveLength(0);
    expect(screen.queryAllByText(/a past event/)).toHaveLength(0);
  });

  test('a reader’s past event named as a line is keyed beside it, the chart drawn all the same', () => {
    const { store } = setup(true);
    store.step(
      transitions.addEvent({
        label: CENTRAL,
        start: '2025-10-01',
        end: '2025-12-31',
        multiplier: 1,
        enabled: true,
      }),
    );
    flushSync();
    expect(
      screen.getAllByRole('listitem').filter((li) => li.textContent?.trim().startsWith(CENTRAL)),
    ).toHaveLength(2);
  });

  test('before the Monte Carlo: the central path alone, labelled as such, and the why marked provisional', async () => {
    const { container } = setup(false);
    // No faint baseline (on by default): the scenario is the defaults, so it would be drawn
    // exactly under the central path.
    expect(lines(container)).toEqual(['central']);
    expect(
      screen.getByRole('heading', {
        name: /^Why .* Central path, provisional: the Monte Carlo is running$/,
      }),
    ).toBeInTheDocument();
    const { headers, cells } = await asTable();
    expect(headers).toEqual(['Month', CENTRAL]);
    expect(cells).toEqual([fmt.share(r.series.pReimposed[r.deadlineMonth] ?? NaN)]);
  });

  test('with the Monte Carlo: the answer line is its share of paths, beside the central path', async () => {
    const { container } = setup(true);
    const d = r.deadlineMonth;
    // The two differ here, so the test tells them apart.
    expect(fmt.share(mc.shareReimposed[d] ?? NaN)).not.toBe(
      fmt.share(r.series.pReimposed[d] ?? NaN),
    );
    expect(lines(container)).toEqual(['answer', 'central']);
    expect(screen.queryByText(/provisional/)).not.toBeInTheDocument();
    expect(
      screen.getByText(/^Why two lines: the answer is the share of Monte Carlo paths/),
    ).toBeInTheDocument();
    const { headers, cells } = await asTable();
    expect(headers).toEqual(['Month', ANSWER, CENTRAL]);
    expect(cells).toEqual([
      fmt.share(mc.shareReimposedByDeadline),
      fmt.share(r.series.pReimposed[d] ?? NaN),
    ]);
  });

  test('the duties view: the Monte Carlo’s expected duties beside the central path’s', async () => {
    const { container } = setup(true);
    await fireEvent.click(screen.getByRole('radio', { name: 'expected extra duties' }));
    expect(lines(container)).toEqual(['answer', 'central']);
    const { headers, cells } = await asTable();
    expect(headers).toEqual([
      'Month',
      'Expected extra duties (Monte Carlo)',
      'Expected extra duties (central path)',
    ]);
    const d = r.deadlineMonth;
    expect(cells).toEqual([
      fmt.money(mc.tariff.expectedDutiesUsdBn[d] ?? NaN),
      fmt.money(r.series.expectedDutiesUsdBn[d] ?? NaN),
    ]);
  });

  test('a scenario apart from the defaults draws them as a faint baseline, a column of the table too', async () => {
    const stalled = presetScenario('stalled');
    const { container } = renderWithStore([withProps(RiskChart, { fallbackWidth: 720 })], stalled);
    expect(lines(container)).toEqual(['central', 'baseline']);
    const { headers, cells } = await asTable();
    expect(headers).toEqual(['Month', CENTRAL, DEFAULTS]);
    const own = simulate(stalled);
    expect(cells).toEqual([
      fmt.share(own.series.pReimposed[own.deadlineMonth] ?? NaN),
      fmt.share(r.series.pReimposed[own.deadlineMonth] ?? NaN),
    ]);
  });
});
