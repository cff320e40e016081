import { describe, expect, test } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { renderWithStore } from '../harness/render';
import ProjectsTable from '../../src/controls/ProjectsTable.svelte';
import DealOptions from '../../src/controls/DealOptions.svelte';
import { ja } from '../../src/i18n/ja';
import { en } from '../../src/i18n/en';
import { DATA_AS_OF } from '../../src/data/release';
import { DEFAULT_SCENARIO } from '../../src/model';
import { createFormatter } from '../../src/i18n/format';

const fmt = createFormatter('en', 'usd', DEFAULT_SCENARIO.usdJpy);

describe('ProjectsTable', () => {
  test('lists the five announced projects with what has happened to them, their sources and the data’s date', () => {
    renderWithStore([ProjectsTable]);
    const table = screen.getByRole('table');
    expect(within(table).getAllByRole('row')).toHaveLength(6);
    expect(table).toHaveAccessibleName(
      expect.stringContaining(`Data checked through ${fmt.date(DATA_AS_OF)}.`),
    );
    // The project first, then its date, value and sector: in that order on every width (where
    // the rows read as blocks, the name and the sector each have a row of their own).
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((h) => h.textContent),
    ).toEqual([
      en['projects.name'],
      en['projects.date'],
      'Value, US$ bn',
      en['projects.sector'],
      'What has happened',
      en['projects.source'],
      en['projects.actions'],
    ]);
    for (const row of DEFAULT_SCENARIO.selections)
      expect(within(table).getAllByText(`Selected ${fmt.date(row.date)}`).length).toBeGreaterThan(
        0,
      );
    expect(
      within(table).getAllByRole('link', { name: /The White House, 2026-03-19/ }),
    ).toHaveLength(2);
  });

  test('a value can be edited, and the row then says it was edited', async () => {
    const { store } = renderWithStore([ProjectsTable]);
    const value = screen.getByRole('spinbutton', {
      name: 'Value, US$ bn: SMR power plants, Tennessee and Alabama (GE Vernova Hitachi)',
    });
    await fireEvent.change(value, { target: { value: '20' } });
    expect(store.scenario.selections.find((x) => x.id === 'tn-al-smr')?.valueUsdBn).toBe(20);
    expect(screen.getByText('Edited by you')).toBeInTheDocument();
  });

  test('an impossible value is refused and the old one kept', async () => {
    const { store } = renderWithStore([ProjectsTable]);
    const value = screen.getByRole('spinbutton', {
      name: 'Value, US$ bn: Georgia synthetic diamond grit plant',
    });
    await fireEvent.change(value, { target: { value: '-4' } });
    expect(store.scenario.selections.find((x) => x.id === 'ga-diamond')?.valueUsdBn).toBe(0.6);
    expect(value).toHaveValue(0.6);
  });

  test('a project can be added and removed', async () => {
    const { store } = renderWithStore([ProjectsTable]);
    await fireEvent.click(screen.getByRole('button', { name: 'Add a project' }));
    expect(store.scenario.selections).toHaveLength(6);
    expect(screen.getByText('Added by you')).toBeInTheDocument();
    await fireEvent.click(screen.getByRole('button', { name: 'Remove New project' }));
    await fireEvent.click(
      screen.getByRole('button', { name: 'Remove Texas GulfLink crude export terminal' }),
    );
    expect(store.scenario.selections.map((x) => x.id)).toEqual([
      'oh-gas',
      'ga-diamond',
      'tn-al-smr',
      'pa-tx-gas',
    ]);
  });
});

describe('DealOptions', () => {
  test('switches the funding lag between business and calendar days', async () => {
    const { store } = renderWithStore([DealOptions]);
    expect(screen.getByRole('radio', { name: 'business days' })).toBeChecked();
    await fireEvent.click(screen.getByRole('radio', { name: 'calendar days' }));
    expect(store.scenario.lagRule).toBe('calendar');
  });

  test('can leave the announced projects out: history then holds no selection, and future selections still start the month after the data’s date', async () => {
    const { store } = renderWithStore([DealOptions]);
    const asOf = store.result.asOfMonth;
    expect(store.result.series.selected[asOf]).toBeGreaterThan(0);
    await fireEvent.click(screen.getByRole('checkbox', { name: 'Count the announced projects' }));
    expect(store.scenario.includeAnnounced).toBe(false);
    expect(store.result.series.selected.slice(0, asOf + 1).every((v) => v === 0)).toBe(true);
    expect(store.result.series.selected[asOf + 1]).toBeGreaterThan(0);
  });
});

describe('ProjectsTable in Japanese and yen', () => {
  test('values are shown and typed in 兆円 at the scenario’s rate', async () => {
    const { store } = renderWithStore([ProjectsTable], undefined, {
      lang: 'ja',
      catalogue: ja,
      cur: 'jpy',
    });
    expect(screen.getByRole('columnheader', { name: '金額（兆円）' })).toBeInTheDocument();
    const input = screen.getByRole('spinbutton', {
      name: '金額（兆円）: テネシー州・アラバマ州のSMR発電所（GEベルノバ日立）',
    });
    const usdJpy = DEFAULT_SCENARIO.usdJpy;
    // US$40bn in 兆円 at the scenario's rate (¥ per US$ x US$ bn / 1,000).
    expect(input).toHaveValue(Number(((40 * usdJpy) / 1000).toPrecision(6)));
    await fireEvent.change(input, { target: { value: String((50 * usdJpy) / 1000) } });
    expect(store.scenario.selections.find((x) => x.id === 'tn-al-smr')?.valueUsdBn).toBeCloseTo(
      50,
      10,
    );
  });
});
