import { describe, expect, test } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { renderWithStore } from '../harness/render';
import GoodsTable from '../../src/controls/GoodsTable.svelte';
import { DEFAULT_SCENARIO, averageRates, runMonteCarlo, simulate } from '../../src/model';
import { GOODS_IDS } from '../../src/data/goods';
import { en } from '../../src/i18n/en';
import { createFormatter } from '../../src/i18n/format';

const s = DEFAULT_SCENARIO;
const fmt = createFormatter('en', 'usd', s.usdJpy);
const name = (id: (typeof GOODS_IDS)[number]) => en[`goods.${id}`];
const penaltyField = (id: (typeof GOODS_IDS)[number]) =>
  screen.getByRole('spinbutton', { name: `Rate under a penalty on ${name(id)}, %` });
const nowField = (id: (typeof GOODS_IDS)[number]) =>
  screen.getByRole('spinbutton', { name: `Rate now on ${name(id)}, %` });
const averagesText = (goods = s.goods) => {
  const avg = averageRates(goods);
  return `Average tariff on Japan’s goods: ${fmt.share(avg.now)} now, ${fmt.share(avg.penalty)} under a penalty.`;
};

describe('GoodsTable', () => {
  test('lists the three goods classes with their share, rates and expected duties, and the average rates', () => {
    const x = simulate(s).summary;
    renderWithStore([GoodsTable]);
    const table = screen.getByRole('table', {
      name: `Japan’s goods exports to the US: ${fmt.moneyPerYear(s.exportsUsdBn)} (2025). Rates are totals (MFN plus every add-on); edit them here.`,
    });
    for (const id of GOODS_IDS) {
      const row = within(table)
        .getByRole('rowheader', { name: name(id) })
        .closest('tr')!;
      expect(row).toHaveTextContent(fmt.share(s.goods[id].share));
      expect(row).toHaveTextContent(fmt.money(x.expectedDutiesByClass[id]));
      expect(nowField(id)).toHaveValue(Number((s.goods[id].rateNow * 100).toFixed(1)));
      expect(penaltyField(id)).toHaveValue(Number((s.goods[id].ratePenalty * 100).toFixed(1)));
    }
    expect(screen.getByText(averagesText())).toBeInTheDocument();
  });

  test('typing a penalty below the rate now: the rule raises it to the rate now', async () => {
    const { store } = renderWithStore([GoodsTable]);
    const now = s.goods.other.rateNow;
    await fireEvent.change(penaltyField('other'), { target: { value: String(now * 100 - 5) } });
    expect(store.scenario.goods.other.ratePenalty).toBe(now);
    expect(store.scenario.goods.other.rateNow).toBe(now);
    expect(penaltyField('other')).toHaveValue(Number((now * 100).toFixed(1)));
    expect(store.canUndo).toBe(true);
    expect(screen.getByText(averagesText(store.scenario.goods))).toBeInTheDocument();
  });

  test('raising a rate now above its penalty raises the penalty with it', async () => {
    const { store } = renderWithStore([GoodsTable]);
    await fireEvent.change(nowField('autos'), { target: { value: '40' } });
    expect(store.scenario.goods.autos).toMatchObject({ rateNow: 0.4, ratePenalty: 0.4 });
    expect(penaltyField('autos')).toHaveValue(40);
  });

  test('a penalty rate edited changes the averages and the duties; reset brings the table back', async () => {
    const { store } = renderWithStore([GoodsTable]);
    await fireEvent.change(penaltyField('metals232'), { target: { value: '50' } });
    expect(store.scenario.goods.metals232.ratePenalty).toBe(0.5);
    const x = simulate(store.scenario).summary;
    expect(screen.getByText(averagesText(store.scenario.goods))).toBeInTheDocument();
    expect(screen.getByTestId('who-pays')).toHaveTextContent(
      `Expected extra duties to the end of 2029: ${fmt.money(x.expectedDutiesUsdBn)}.`,
    );
    await fireEvent.click(screen.getByRole('button', { name: 'Reset the goods classes' }));
    expect(store.scenario.goods).toEqual(s.goods);
  });

  test('says who pays: US importers the duties, Japan in lost sales as GDP', () => {
    const x = simulate(s).summary;
    renderWithStore([GoodsTable]);
    expect(screen.getByTestId('who-pays').textContent?.replace(/\s+/g, ' ').trim()).toBe(
      `Expected extra duties to the end of 2029: ${fmt.money(x.expectedDutiesUsdBn)}. US importers ` +
        `pay them at the border; Japan’s cost is lost sales: an expected GDP loss of ` +
        `${fmt.share(x.expectedGdpEffect, 2)} a year by the end of 2029 ` +
        `(${fmt.share(x.gdpEffectIfImposed, 2)} if the penalty were in force).`,
    );
  });

  test('once the Monte Carlo for this scenario is in, the duties are its paths’', () => {
    const r = simulate(s);
    const mc = runMonteCarlo(s, { paths: 300, seed: 2 });
    const e = r.months.indexOf('2029-12');
    const { store, results } = renderWithStore([GoodsTable]);
    results.setMonteCarloResult(mc, store.scenario);
    flushSync();
    const duties = mc.tariff.expectedDutiesUsdBn[e] ?? NaN;
    expect(fmt.money(duties)).not.toBe(fmt.money(r.summary.expectedDutiesUsdBn));
    expect(screen.getByTestId('who-pays')).toHaveTextContent(
      `Expected extra duties to the end of 2029: ${fmt.money(duties)}.`,
    );
    const row = screen.getByRole('rowheader', { name: name('autos') }).closest('tr')!;
    expect(row).toHaveTextContent(fmt.money(mc.tariff.expectedDutiesByClass.autos[e] ?? NaN));
  });
});
