import { describe, expect, test } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { renderWithStore, withProps } from '../harness/render';
import { analyse } from '../../src/worker/analysis';
import type { ScenarioStore } from '../../src/state/store.svelte';
import type { Results } from '../../src/state/results.svelte';
import {
  DEFAULT_SCENARIO,
  presetScenario,
  sensitivity,
  simulate,
  type Scenario,
} from '../../src/model';
import { PARAMS, type ParamKey } from '../../src/data/params';
import { en } from '../../src/i18n/en';
import { formatParam } from '../../src/i18n/formatParam';
import { createFormatter } from '../../src/i18n/format';

/** The harness's formatter: English, US dollars. */
const fmt = createFormatter('en', 'usd', DEFAULT_SCENARIO.usdJpy);

/** What the worker would do: analyse the current A and committed B into the results. */
function runAnalysis({ store, results }: { store: ScenarioStore; results: Results }): void {
  const a = store.pinned;
  const b = store.committed;
  results.setAnalysis(analyse({ type: 'analyse', id: 1, a, b }), a, b);
  flushSync();
}
import ComparePanel from '../../src/compare/ComparePanel.svelte';
import ParamControl from '../../src/controls/ParamControl.svelte';
import PresetPicker from '../../src/controls/PresetPicker.svelte';
import Tornado from '../../src/compare/Tornado.svelte';

const cells = (row: HTMLElement) =>
  within(row)
    .getAllByRole('cell')
    .map((c) => c.textContent);

describe('ComparePanel', () => {
  test('pin A, change B: the differing input, both answers and the effects appear', async () => {
    const view = renderWithStore([
      ComparePanel,
      withProps(ParamControl, { key: 'paceUsdBnPerYear' }),
    ]);
    const { store, container } = view;
    await fireEvent.click(screen.getByRole('button', { name: 'Pin this scenario as A' }));
    expect(screen.getByText('B is the same as A so far.')).toBeInTheDocument();
    const slider = screen.getByRole('slider', { name: 'Selections a year' });
    await fireEvent.input(slider, { target: { value: '50' } });
    await fireEvent.change(slider);
    const pending = container.querySelector<HTMLElement>('tr[data-input="paceUsdBnPerYear"]')!;
    expect(cells(pending)[1]).toBe('…');
    runAnalysis(view);
    const row = container.querySelector<HTMLElement>('tr[data-input="paceUsdBnPerYear"]')!;
    expect(within(row).getByRole('rowheader')).toHaveTextContent('Selections a year');
    expect(cells(row)[0]).toBe(
      `${fmt.moneyPerYear(DEFAULT_SCENARIO.paceUsdBnPerYear)} → ${fmt.moneyPerYear(50)}`,
    );
    // One differing input carries the whole change.
    const credited = container.querySelector<HTMLElement>('tr[data-outcome="credited"]')!;
    const [a, b, change] = cells(credited);
    expect(a).toBe(fmt.money(simulate(DEFAULT_SCENARIO).summary.creditedByDeadline));
    expect(change?.startsWith('−')).toBe(true);
    expect(cells(row)[1]).toBe(change);
    expect(b).not.toBe(a);
    expect(store.pinned?.paceUsdBnPerYear).toBe(DEFAULT_SCENARIO.paceUsdBnPerYear);
    // Each outcome is the central path's, and says so: the headline shows the Monte Carlo's
    // median for the first three, which differ.
    const outcomes = [...container.querySelectorAll<HTMLElement>('tr[data-outcome]')];
    expect(outcomes.map((r) => r.dataset.outcome)).toEqual([
      'credited',
      'behind',
      'risk',
      'duties',
    ]);
    for (const r of outcomes)
      expect(within(r).getByRole('rowheader').textContent).toMatch(/ \(central path\)$/);
  });

  test('effects of several differences add up to the change', async () => {
    const view = renderWithStore([ComparePanel, PresetPicker]);
    const { container } = view;
    await fireEvent.click(screen.getByRole('button', { name: 'Pin this scenario as A' }));
    await fireEvent.change(screen.getByRole('combobox', { name: 'Scenario' }), {
      target: { value: 'highRates' },
    });
    runAnalysis(view);
    const rows = [...container.querySelectorAll<HTMLElement>('tr[data-input]')];
    expect(rows.map((r) => r.dataset.input)).toEqual(['sofrAnnual', 'treasury10yAnnual']);
    const pts = rows.map((r) => Number(cells(r)[2]!.replace('−', '-').replace(' pt', '')));
    const change = Number(
      cells(container.querySelector<HTMLElement>('tr[data-outcome="risk"]')!)[2]!
        .replace('−', '-')
        .replace(' pt', ''),
    );
    expect(Math.abs(pts[0]! + pts[1]! - change)).toBeLessThanOrEqual(0.11);
  });

  test('stop comparing removes A', async () => {
    const { store } = renderWithStore([ComparePanel]);
    await fireEvent.click(screen.getByRole('button', { name: 'Pin this scenario as A' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Stop comparing' }));
    expect(store.pinned).toBeNull();
  });
});

describe('Waterfall and Tornado', () => {
  test('the waterfall walks from A to B, one bar per difference', async () => {
    const view = renderWithStore([ComparePanel, PresetPicker]);
    const { container } = view;
    await fireEvent.click(screen.getByRole('button', { name: 'Pin this scenario as A' }));
    await fireEvent.change(screen.getByRole('combobox', { name: 'Scenario' }), {
      target: { value: 'highRates' },
    });
    runAnalysis(view);
    const chart = screen.getByRole('img', { name: /^From A to B: what each difference did/ });
    const risk = (s: Scenario) => fmt.share(simulate(s).summary.pReimposedByDeadline);
    expect(chart).toHaveAccessibleName(
      expect.stringContaining(
        `From ${risk(DEFAULT_SCENARIO)} in A to ${risk(presetScenario('highRates'))} in B; ` +
          'the biggest single effect is ',
      ),
    );
    expect(container.querySelectorAll('.waterfall rect.bar')).toHaveLength(2);
  });

  test('the tornado ranks the assumptions by how far they move the risk', async () => {
    const view = renderWithStore([Tornado]);
    runAnalysis(view);
    const { swings } = sensitivity(DEFAULT_SCENARIO, 'pReimposedByDeadline');
    const top = swings[0]!;
    const key = top.input as ParamKey; // the top swing is a numeric input (the threat rate)
    const range = (v: number) => formatParam(fmt, PARAMS[key].unit, v, PARAMS[key].step);
    // The widest swing comes first: no other input moves the risk further.
    for (const other of swings)
      expect(Math.abs(top.high - top.low)).toBeGreaterThanOrEqual(Math.abs(other.high - other.low));
    expect(
      screen.getByRole('img', { name: /^Which assumptions matter most/ }),
    ).toHaveAccessibleName(
      `Which assumptions matter most (central path) The answer moves most with ` +
        `${en[`param.${key}.label`]}: from ${fmt.share(top.low, 0)} at ${range(top.lowValue)} ` +
        `to ${fmt.share(top.high, 0)} at ${range(top.highValue)}, each input swept over its ` +
        `plausible range, the others held.`,
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Show as table' }));
    // A header row, then the ten widest swings (the table view's code comes on this first use).
    await screen.findByRole('table');
    expect(screen.getAllByRole('row')).toHaveLength(1 + Math.min(10, swings.length));
  });
});
