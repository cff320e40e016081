import { describe, expect, test } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { flushSync, type Component } from 'svelte';
import { renderWithStore, withProps } from '../harness/render';
import MoneyChart from '../../src/charts/MoneyChart.svelte';
import RiskChart from '../../src/charts/RiskChart.svelte';
import SectorBars from '../../src/charts/SectorBars.svelte';
import EquitySplitChart from '../../src/charts/EquitySplitChart.svelte';
import TariffChart from '../../src/charts/TariffChart.svelte';
import { presetScenario, runMonteCarlo, simulate, transitions } from '../../src/model';
import type { PresetId } from '../../src/data/presets';
import { ja } from '../../src/i18n/ja';
import type { Catalogue } from '../../src/i18n/en';
import { createFormatter, type Currency, type Locale } from '../../src/i18n/format';

import { prettySvg } from './prettySvg';
import { DATA_AS_OF } from '../../src/data/release';
import { DEFAULT_VIEW } from '../../src/state/view';

const CHARTS = { MoneyChart, RiskChart, SectorBars, EquitySplitChart, TariffChart } as const;

/** Not a preset: project IRRs 5 points higher, so Japan's deemed balance is repaid and 90/10 starts. */
const HIGH_RETURN = { ...presetScenario('central'), irrShiftAnnual: 0.05 };

/** Renders a chart for a preset, with a small fixed Monte Carlo run so the bands are drawn. */
function renderChart(
  name: keyof typeof CHARTS,
  preset: PresetId | 'highReturn',
  locale: { lang?: Locale; catalogue?: Catalogue; cur?: Currency } = {},
) {
  const scenario = preset === 'highReturn' ? HIGH_RETURN : presetScenario(preset);
  // Pharma: at the defaults its deemed balance is never repaid (50/50 throughout); with IRRs
  // 5 points higher (highReturn) it is, so that snapshot shows both phases.
  const chart = CHARTS[name] as unknown as Component<Record<string, unknown>>;
  const view = renderWithStore([withProps(chart, { fallbackWidth: 720 })], scenario, {
    ...locale,
    ...(name === 'EquitySplitChart' ? { view: { ...DEFAULT_VIEW, splitSector: 'pharma' } } : {}),
  });
  view.results.setMonteCarloResult(runMonteCarlo(scenario, { paths: 200, seed: 550 }), scenario);
  flushSync();
  return view;
}

/** The chart's SVG as a file a browser opens: one element a line, geometry rounded to 0.1 px. */
function svgFile(container: Element): string {
  const svg = container.querySelector('svg');
  if (!svg) throw new Error('the chart drew no <svg>');
  return `<?xml version="1.0"?>\n${prettySvg(svg)}\n`;
}

describe('chart SVG snapshots (two presets each; open the .svg files to look at them)', () => {
  test.each([
    ['MoneyChart', 'central'],
    ['MoneyChart', 'stalled'],
    ['RiskChart', 'central'],
    ['RiskChart', 'stalled'],
    ['SectorBars', 'central'],
    ['SectorBars', 'highRates'],
    ['EquitySplitChart', 'central'],
    ['EquitySplitChart', 'highRates'],
    ['EquitySplitChart', 'highReturn'],
    ['TariffChart', 'central'],
  ] as const)('%s, %s', async (name, preset) => {
    const { container } = renderChart(name, preset);
    await expect(svgFile(container)).toMatchFileSnapshot(`./__snapshots__/${name}.${preset}.svg`);
  });
});

describe('chart SVG snapshots in Japanese, in yen and in dollars', () => {
  test.each([
    ['MoneyChart', 'jpy'],
    ['MoneyChart', 'usd'],
    ['RiskChart', 'jpy'],
    ['SectorBars', 'usd'],
    ['EquitySplitChart', 'jpy'],
  ] as const)('%s, %s', async (name, cur) => {
    const { container } = renderChart(name, 'central', { lang: 'ja', catalogue: ja, cur });
    await expect(svgFile(container)).toMatchFileSnapshot(`./__snapshots__/${name}.ja-${cur}.svg`);
  });

  test('the money chart reads in Japanese with amounts in yen, axis in 兆円 and years in 年', () => {
    const { container } = renderChart('MoneyChart', 'central', {
      lang: 'ja',
      catalogue: ja,
      cur: 'jpy',
    });
    const s = presetScenario('central');
    const x = simulate(s).summary;
    const f = createFormatter('ja', 'jpy', s.usdJpy);
    expect(screen.getByRole('img', { name: /^資金はどれだけ速く動くか/ })).toHaveAccessibleName(
      `資金はどれだけ速く動くか 中心経路では、期限の${f.date(s.periodEnd)}までに認められる拠出額は` +
        `${f.money(x.creditedByDeadline)}で、約束額${f.money(s.pledgeUsdBn)}の` +
        `${f.share(x.creditedByDeadlineShare)}です。それまでに実際に支出されるのは` +
        `${f.money(x.disbursedByDeadline)}です。`,
    );
    const axisText = [...container.querySelectorAll('.axis text')].map((n) => n.textContent);
    expect(axisText).toContain('兆円（累計）');
    expect(axisText).toContain('2027年');
    // Ticks count 兆円: the top one is of the order of the pledge in 兆円 (US$ bn x ¥/US$ / 1,000),
    // where US$ bn or 億円 would be many times more.
    const pledgeCho = (s.pledgeUsdBn * s.usdJpy) / 1000;
    const top = Math.max(...axisText.filter((t) => /^[\d,.]+$/.test(t ?? '')).map(Number));
    expect(top).toBeGreaterThan(pledgeCho / 2);
    expect(top).toBeLessThan(pledgeCho * 1.5);
  });
});

describe('MoneyChart', () => {
  test('has an accessible title and a description generated from the numbers', () => {
    renderChart('MoneyChart', 'central');
    const s = presetScenario('central');
    const x = simulate(s).summary;
    const f = createFormatter('en', 'usd', s.usdJpy);
    expect(screen.getByRole('img', { name: /^How fast the money moves/ })).toHaveAccessibleName(
      `How fast the money moves On the central path, credited commitments reach ${f.money(x.creditedByDeadline)} ` +
        `by the deadline of ${f.date(s.periodEnd)}, ${f.share(x.creditedByDeadlineShare)} of the ` +
        `pledge of ${f.money(s.pledgeUsdBn)}; ${f.money(x.disbursedByDeadline)} has been disbursed by then.`,
    );
  });

  test('draws selected, committed, credited, disbursed and required, history solid and projection apart, the bands after the data’s date, and the dates read from the scenario', () => {
    const { container } = renderChart('MoneyChart', 'central');
    const s = presetScenario('central');
    const f = createFormatter('en', 'usd', s.usdJpy);
    const history = [...container.querySelectorAll('path.line:not(.projection)')];
    expect(history.map((p) => p.classList[1])).toEqual([
      'selected',
      'committed',
      'credited',
      'disbursed',
      'required',
    ]);
    // Every series but the required pace (a rule, not a fact) has its projection drawn apart.
    // (No faint baseline: the scenario is the defaults.)
    expect(
      [...container.querySelectorAll('path.line.projection')].map((p) => p.classList[1]),
    ).toEqual(['selected', 'committed', 'credited', 'disbursed']);
    const bands = container.querySelectorAll('path.area.band90, path.area.band50');
    expect(bands).toHaveLength(2);
    // The bands start at the data's as-of month: no point of them lies left of its marker.
    const asOfX = Number(
      container
        .querySelector('g.rule.asOf')
        ?.getAttribute('transform')
        ?.match(/translate\(([\d.]+)/)?.[1],
    );
    for (const band of bands) {
      const xs = [...(band.getAttribute('d') ?? '').matchAll(/[ML]([\d.]+),/g)].map((m) =>
        Number(m[1]),
      );
      expect(xs.length).toBeGreaterThan(0);
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(asOfX - 3);
    }
    const byDate = new Map<string, number>();
    for (const x of s.selections) byDate.set(x.date, (byDate.get(x.date) ?? 0) + x.valueUsdBn);
    // (Drawn right to left, so each label comes over the lines of the markers after it.)
    expect(
      [...container.querySelectorAll('.rule text')].map((t) => t.textContent).reverse(),
    ).toEqual([
      'MOU',
      ...[...byDate.values()].map((v) => `${f.money(v)} selected`),
      'Loans signed',
      `Data to ${f.date(DATA_AS_OF)}`,
      'Deadline',
    ]);
  });

  test('stacks committed value by instrument or by sector', async () => {
    const { container } = renderChart('MoneyChart', 'central');
    expect(container.querySelectorAll('path.area.stack')).toHaveLength(0);
    await fireEvent.click(screen.getByRole('radio', { name: 'instrument' }));
    expect(container.querySelectorAll('path.area.stack')).toHaveLength(3);
    await fireEvent.click(screen.getByRole('radio', { name: 'sector' }));
    expect(container.querySelectorAll('path.area.stack')).toHaveLength(8);
    expect(screen.getByText('Nuclear (large and SMR)')).toBeInTheDocument();
  });

  test('a pointer over the chart shows a crosshair tooltip with each series at that month', async () => {
    const { container } = renderChart('MoneyChart', 'central');
    const capture = container.querySelector('rect.capture')!;
    // Not drawn, nor its code loaded, before a pointer comes (CrosshairTip.svelte is fetched then).
    expect(container.querySelector('.crosshair .tip-date')).toBeNull();
    await fireEvent.pointerMove(capture, { clientX: 300, clientY: 100 });
    const tip = container.querySelector('.crosshair')!;
    await waitFor(() =>
      expect(tip.querySelector('.tip-date')?.textContent).toMatch(/^[A-Z][a-z]{2} 20\d\d$/),
    );
    expect(tip.textContent).toContain('Required pace: US$');
    expect(tip.querySelector('line')).not.toBeNull();
    // A finger too (a pointer down without a move), on a chart drawn after the tip's code came.
    const { container: risk } = renderChart('RiskChart', 'central');
    await fireEvent.pointerDown(risk.querySelector('rect.capture')!, { clientX: 200, clientY: 50 });
    await waitFor(() => expect(risk.querySelector('.crosshair .tip-date')).not.toBeNull());
    // A mouse leaving takes it away.
    await fireEvent.pointerLeave(capture, { pointerType: 'mouse' });
    expect(container.querySelector('.crosshair .tip-date')).toBeNull();
  });

  test('"show as table" swaps the chart for its data', async () => {
    renderChart('MoneyChart', 'central');
    await fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    // The table view's code is fetched on this first use.
    const table = await screen.findByRole('table', {
      name: 'How fast the money moves US$ bn, cumulative',
    });
    expect(table).toHaveTextContent('2029-01');
    // Its rows are cumulative to each month's end (the headline counts to the deadline's day).
    expect(screen.getByRole('columnheader', { name: 'End of month' })).toBeInTheDocument();
    expect(
      screen.getByRole('columnheader', { name: 'Credited, central path' }),
    ).toBeInTheDocument();
    expect(
      screen.queryByRole('img', { name: /^How fast the money moves/ }),
    ).not.toBeInTheDocument();
  });
});

describe('RiskChart', () => {
  test('shows the Monte Carlo share (the answer) beside the central path, or the monthly hazard', async () => {
    const { container } = renderChart('RiskChart', 'central');
    const s = presetScenario('central');
    const x = simulate(s).summary;
    const mc = runMonteCarlo(s, { paths: 200, seed: 550 });
    const f = createFormatter('en', 'usd', s.usdJpy);
    // (No faint baseline: the scenario is the defaults.)
    expect([...container.querySelectorAll('path.line')].map((p) => p.classList[1])).toEqual([
      'answer',
      'central',
    ]);
    expect(
      screen.getByRole('img', { name: /^How likely a tariff penalty is/ }),
    ).toHaveAccessibleName(
      `How likely a tariff penalty is The chance of a penalty by the deadline is ` +
        `${f.share(mc.shareReimposedByDeadline)} across the Monte Carlo paths ` +
        `(${f.share(x.pReimposedByDeadline)} on the central path), and ` +
        `${f.share(mc.shareReimposed[simulate(s).months.indexOf('2029-12')] ?? NaN)} by the end of 2029.`,
    );
    await fireEvent.click(screen.getByRole('radio', { name: 'monthly hazard' }));
    expect([...container.querySelectorAll('path.line')].map((p) => p.classList[1])).toEqual([
      'hazard',
    ]);
    // Small monthly rates: every tick keeps the decimals that tell it from its neighbours.
    const ticks = [...container.querySelectorAll('g.axis text[text-anchor="end"]')].map(
      (n) => n.textContent,
    );
    expect(ticks.length).toBeGreaterThan(2);
    expect(new Set(ticks).size).toBe(ticks.length);
    expect(ticks.every((tick) => /^\d+(\.\d+)?%$/.test(tick ?? ''))).toBe(true);
  });
});

describe('EquitySplitChart', () => {
  test('describes who gets the cash for the chosen sector', async () => {
    renderChart('EquitySplitChart', 'central');
    await fireEvent.change(screen.getByRole('combobox', { name: 'Sector' }), {
      target: { value: 'nuclear' },
    });
    expect(
      screen.getByRole('img', {
        name: /in Nuclear \(large and SMR\), Japan receives US\$[\d.]+ and the US US\$[\d.]+/,
      }),
    ).toBeInTheDocument();
  });
});

describe('the money chart’s keys say what shows', () => {
  test('committed drawn exactly under credited (every instrument counts in full) has a key that says so; apart, its own name', () => {
    const { store } = renderWithStore([withProps(MoneyChart, { fallbackWidth: 720 })]);
    const r = store.result;
    // At the defaults the two lines are one: committed is credited at every month.
    expect(r.series.committed).toEqual(r.series.credited);
    expect(
      screen.getByText('Committed (funded): in the months shown, the same as credited'),
    ).toBeInTheDocument();
    expect(screen.queryByText('Committed (funded)')).not.toBeInTheDocument();
    // Guarantees counted at half their value: credited falls below committed, a line of its own.
    store.step(transitions.setParam('guaranteeCreditWeight', 0.5));
    flushSync();
    expect(store.result.series.credited.at(-1)).toBeLessThan(
      store.result.series.committed.at(-1) ?? NaN,
    );
    expect(screen.getByText('Committed (funded)')).toBeInTheDocument();
    expect(
      screen.queryByText('Committed (funded): in the months shown, the same as credited'),
    ).not.toBeInTheDocument();
  });

  test('in Japanese', () => {
    renderWithStore([withProps(MoneyChart, { fallbackWidth: 720 })], undefined, {
      lang: 'ja',
      catalogue: ja,
    });
    expect(screen.getByText(ja['series.committedIsCredited'])).toBeInTheDocument();
  });
});

describe('the defaults’ baseline and comparison overlays', () => {
  const TIME_CHARTS = [MoneyChart, RiskChart, TariffChart];
  const timeCharts = () => TIME_CHARTS.map((c) => withProps(c, { fallbackWidth: 720 }));
  /** The time charts, then the sectors' bars and the equity split. */
  const everyChart = () => [
    ...timeCharts(),
    withProps(SectorBars, { fallbackWidth: 720 }),
    withProps(EquitySplitChart, { fallbackWidth: 720 }),
  ];
  /** Each time chart's baseline paths (history and projection of one line). */
  const baselines = (container: Element) =>
    [...container.querySelectorAll('figure')].map(
      (f) => f.querySelectorAll('path.line.baseline:not(.projection)').length,
    );

  test('at the defaults no chart draws them again: each would lie exactly under its own line; once the scenario is apart, every chart does, and back on the defaults none', () => {
    const { container, store } = renderWithStore(everyChart());
    const drawn = () => container.querySelectorAll('path.line.baseline, line.baseline-tick').length;
    expect(drawn()).toBe(0);
    expect(screen.queryByText('Defaults: credited, central path')).not.toBeInTheDocument();
    expect(screen.queryAllByText(/^Defaults/)).toHaveLength(0);
    store.step(transitions.setParam('paceUsdBnPerYear', 50));
    store.step(transitions.setParam('irrShiftAnnual', 0.05));
    flushSync();
    expect(baselines(container).slice(0, 3)).toEqual([1, 1, 1]);
    expect(container.querySelectorAll('line.baseline-tick').length).toBeGreaterThan(8);
    expect(screen.getByText('Defaults: credited, central path')).toBeInTheDocument();
    // Reset to the defaults (a new scenario equal to them): the baseline goes again.
    store.step(transitions.resetParam('paceUsdBnPerYear'));
    store.step(transitions.resetParam('irrShiftAnnual'));
    flushSync();
    expect(drawn()).toBe(0);
  });

  test('a chart leaves the defaults out wherever they would lie under its own line: an input that moves none of its lines, or A pinned on the defaults', () => {
    const { container, store } = renderWithStore(everyChart());
    const ticks = () => container.querySelectorAll('line.baseline-tick').length;
    // The exchange rate moves no chart's line (amounts are drawn in dollars).
    store.step(transitions.setParam('usdJpy', 120));
    flushSync();
    expect(store.result).not.toBe(store.defaults);
    expect(baselines(container).slice(0, 3)).toEqual([0, 0, 0]);
    expect(ticks()).toBe(0);
    expect(screen.queryAllByText(/^Defaults/)).toHaveLength(0);
    // The threat rate moves the risk and tariff charts only: the money chart, the sectors and
    // the split stay as the defaults draw them.
    store.step(transitions.setParam('threatRateAnnual', 0.3));
    flushSync();
    expect(baselines(container).slice(0, 3)).toEqual([0, 1, 1]);
    expect(ticks()).toBe(0);
    // The pace moves the money chart too, not the sectors' funding or the split.
    store.step(transitions.setParam('paceUsdBnPerYear', 50));
    flushSync();
    expect(baselines(container).slice(0, 3)).toEqual([1, 1, 1]);
    expect(ticks()).toBe(0);
    // Projects' returns move both: each bar is marked where the defaults' end differs.
    store.step(transitions.setParam('irrShiftAnnual', 0.05));
    flushSync();
    expect(ticks()).toBeGreaterThan(8);
  });

  test('A pinned on the defaults is their line: it is drawn as A, not twice', () => {
    const { container, store } = renderWithStore(everyChart());
    store.pin();
    store.step(transitions.setParam('paceUsdBnPerYear', 50));
    store.step(transitions.setParam('irrShiftAnnual', 0.05));
    flushSync();
    expect(container.querySelectorAll('path.line.a-line:not(.projection)')).toHaveLength(3);
    expect(baselines(container).slice(0, 3)).toEqual([0, 0, 0]);
    // The bars mark A, not the defaults again.
    expect(container.querySelectorAll('line.a-tick').length).toBeGreaterThan(8);
    expect(container.querySelectorAll('line.baseline-tick')).toHaveLength(0);
    expect(screen.getByText('A: credited, central path')).toBeInTheDocument();
  });

  test('the baseline line is on every time chart by default, without pinning, and absent when switched off', () => {
    const { container, chartView } = renderWithStore(timeCharts(), presetScenario('stalled'));
    expect(baselines(container)).toEqual([1, 1, 1]);
    expect(screen.getByText('Defaults: credited, central path')).toBeInTheDocument();
    chartView.setBaseline(false);
    flushSync();
    expect(container.querySelectorAll('path.line.baseline')).toHaveLength(0);
    expect(screen.queryByText('Defaults: credited, central path')).not.toBeInTheDocument();
  });

  test('the bars mark the defaults too, unless the baseline is off', () => {
    const { container, chartView } = renderWithStore(
      [
        withProps(SectorBars, { fallbackWidth: 720 }),
        withProps(EquitySplitChart, { fallbackWidth: 720 }),
      ],
      HIGH_RETURN,
    );
    expect(container.querySelectorAll('line.baseline-tick').length).toBeGreaterThan(8);
    chartView.setBaseline(false);
    flushSync();
    expect(container.querySelectorAll('line.baseline-tick')).toHaveLength(0);
  });

  test('with A pinned, the money and risk charts draw A beside the baseline, and the bars mark A', () => {
    const { container, store } = renderWithStore(
      [
        withProps(MoneyChart, { fallbackWidth: 720 }),
        withProps(RiskChart, { fallbackWidth: 720 }),
        withProps(SectorBars, { fallbackWidth: 720 }),
      ],
      presetScenario('stalled'),
    );
    expect(container.querySelectorAll('path.line.a-line')).toHaveLength(0);
    store.pin();
    store.step(transitions.applyPreset('central'));
    flushSync();
    // One A line in each time chart (the money chart draws its projection apart); B is the
    // defaults, so no baseline.
    expect(container.querySelectorAll('path.line.a-line:not(.projection)')).toHaveLength(2);
    expect(container.querySelectorAll('path.line.baseline')).toHaveLength(0);
    expect(container.querySelectorAll('line.a-tick')).toHaveLength(8);
    expect(container.querySelectorAll('line.baseline-tick')).toHaveLength(0);
    // B apart from the defaults (the projects' returns too, which move the bars): A beside the
    // baseline.
    store.step(transitions.applyPreset('onPace'));
    store.step(transitions.setParam('irrShiftAnnual', 0.05));
    flushSync();
    expect(container.querySelectorAll('path.line.a-line:not(.projection)')).toHaveLength(2);
    expect(container.querySelectorAll('path.line.baseline:not(.projection)')).toHaveLength(2);
    expect(container.querySelectorAll('line.a-tick')).toHaveLength(8);
    expect(container.querySelectorAll('line.baseline-tick')).toHaveLength(8);
    expect(screen.getAllByText('A: credited, central path').length).toBeGreaterThan(0);
  });

  test('a range in the view sets every time chart’s axis to those months, markers outside them left out', () => {
    const { container, chartView } = renderWithStore(timeCharts());
    chartView.setRange({ from: '2027-01', to: '2029-12' });
    flushSync();
    for (const figure of container.querySelectorAll('figure')) {
      const years = [...figure.querySelectorAll('g.axis > g > text[text-anchor="middle"]')].map(
        (n) => n.textContent,
      );
      expect(years).toEqual(['2027', '2028', '2029']);
    }
    // The MOU (Sep 2025) and the data's date (Oct 2026) are before the range.
    expect(screen.queryByText('MOU')).not.toBeInTheDocument();
    expect(screen.getAllByText('Deadline').length).toBe(3);
  });

  test('after a change every time chart keeps the lines from before it as a ghost, hidden from assistive technology', () => {
    const { container, store } = renderWithStore(timeCharts());
    expect(container.querySelectorAll('g.ghost')).toHaveLength(0);
    store.step(transitions.applyPreset('stalled'));
    flushSync();
    const ghosts = [...container.querySelectorAll('figure')].map((f) => f.querySelector('g.ghost'));
    expect(ghosts.every((g) => g?.getAttribute('aria-hidden') === 'true')).toBe(true);
    // The money chart's ghost is the defaults' credited line (from before the change): its
    // history, then its projection (less the point they share).
    const before = renderWithStore([withProps(MoneyChart, { fallbackWidth: 720 })]).container;
    const d = (selector: string) => before.querySelector(selector)?.getAttribute('d') ?? '';
    expect(container.querySelector('g.ghost path.credited')?.getAttribute('d')).toBe(
      d('path.line.credited:not(.projection)') +
        d('path.line.credited.projection').replace(/^M[^L]*/, ''),
    );
  });

  test('with A pinned, the equity split marks Japan’s share under A on every year', () => {
    const { container, store } = renderWithStore([
      withProps(EquitySplitChart, { fallbackWidth: 720 }),
    ]);
    store.pin();
    store.step(transitions.applyPreset('highRates'));
    flushSync();
    expect(container.querySelectorAll('line.a-tick')).toHaveLength(
      container.querySelectorAll('rect.bar.japan').length,
    );
  });
});
