import { describe, expect, test } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/svelte';
import { renderWithStore, withProps } from '../harness/render';
import ChartViewBar from '../../src/controls/ChartViewBar.svelte';
import MoneyChart from '../../src/charts/MoneyChart.svelte';
import { ja } from '../../src/i18n/ja';
import { createFormatter } from '../../src/i18n/format';
import { flushSync } from 'svelte';
import { transitions } from '../../src/model';

const setup = () => renderWithStore([ChartViewBar, withProps(MoneyChart, { fallbackWidth: 720 })]);
const axisYears = (container: Element) =>
  [...container.querySelectorAll('g.axis text[text-anchor="middle"]')].map((n) => n.textContent);

describe('the time range control', () => {
  test('two labelled thumbs that say their month, each bounded by the other (the APG multi-thumb slider)', () => {
    setup();
    const from = screen.getByRole('slider', { name: 'First month shown' });
    const to = screen.getByRole('slider', { name: 'Last month shown' });
    const fmt = createFormatter('en', 'usd', 154);
    expect(from).toHaveAttribute('aria-valuetext', fmt.month(new Date(Date.UTC(2025, 8, 30))));
    expect(to).toHaveAttribute('aria-valuetext', fmt.month(new Date(Date.UTC(2030, 11, 31))));
    // The first thumb goes no later than six months before the last, and the last no earlier.
    expect(Number(from.getAttribute('aria-valuemax'))).toBe(
      Number(to.getAttribute('aria-valuenow')) - 5,
    );
    expect(Number(to.getAttribute('aria-valuemin'))).toBe(
      Number(from.getAttribute('aria-valuenow')) + 5,
    );
  });

  test('a preset sets the chart’s months and the range the link keeps', async () => {
    const { container, chartView } = setup();
    expect(screen.getByRole('radio', { name: 'to the end of 2030' })).toBeChecked();
    await fireEvent.click(screen.getByRole('radio', { name: 'to the deadline' }));
    expect(chartView.linkRange).toEqual({ from: '2025-09', to: '2029-01' });
    expect(axisYears(container)).toEqual(['2026', '2027', '2028', '2029']);
    await fireEvent.click(screen.getByRole('radio', { name: 'the whole life' }));
    expect(chartView.range.to).toBe('2040-12');
  });

  test('arrow keys move a thumb a month, Page Up a year; the link is written when the key is let go', async () => {
    const { chartView } = setup();
    const to = screen.getByRole('slider', { name: 'Last month shown' });
    await fireEvent.keyDown(to, { key: 'ArrowLeft' });
    expect(chartView.range.to).toBe('2030-11');
    expect(chartView.linkRange.to).toBe('2030-12');
    await fireEvent.keyUp(to, { key: 'ArrowLeft' });
    expect(chartView.linkRange.to).toBe('2030-11');
    await fireEvent.keyDown(to, { key: 'PageUp' });
    expect(chartView.range.to).toBe('2031-11');
    await fireEvent.keyDown(to, { key: 'End' });
    expect(chartView.range.to).toBe('2040-12');
    // A range of one's own matches no preset.
    expect(screen.getByRole('radio', { name: 'the whole life' })).toBeChecked();
    await fireEvent.keyDown(to, { key: 'PageDown' });
    const presets = screen.getByRole('group', { name: 'Show' });
    expect(within(presets).queryByRole('radio', { checked: true })).toBeNull();
  });

  test('the first and last months picked by year and month set the range, kept in order and at least six months long', async () => {
    const { chartView, container } = setup();
    const field = (name: string) => screen.getByRole('combobox', { name });
    // Each holds the month shown alone until the reader comes to it.
    expect(
      within(field('To: year'))
        .getAllByRole('option')
        .map((o) => o.textContent),
    ).toEqual(['2030']);
    // Coming to it, it offers every value, the one shown still chosen.
    await fireEvent.focus(field('To: year'));
    expect(within(field('To: year')).getAllByRole('option')).toHaveLength(16);
    expect(field('To: year')).toHaveValue('2030');
    const pick = async (name: string, value: string) => {
      await fireEvent.focus(field(name));
      await fireEvent.change(field(name), { target: { value } });
    };
    await pick('From: year', '2027');
    expect(chartView.range).toEqual({ from: '2027-09', to: '2030-12' });
    await pick('From: month', '1');
    expect(chartView.range).toEqual({ from: '2027-01', to: '2030-12' });
    expect(axisYears(container)).toEqual(['2027', '2028', '2029', '2030']);
    // A last month before the first: the first gives way, to six months before it (as the
    // slider's thumbs do); each field shows where its month is.
    await pick('To: year', '2026');
    expect(chartView.range).toEqual({ from: '2026-07', to: '2026-12' });
    expect(
      ['From: month', 'From: year', 'To: month', 'To: year'].map(
        (name) => (field(name) as HTMLSelectElement).value,
      ),
    ).toEqual(['7', '2026', '12', '2026']);
    // And a first month after the last: the last gives way.
    await pick('From: year', '2035');
    expect(chartView.range).toEqual({ from: '2035-07', to: '2035-12' });
    // The months the model does not hold are offered, disabled: 2025's before September.
    await pick('From: year', '2025');
    expect(chartView.range.from).toBe('2025-09'); // (2025-07, the nearest the model holds)
    const months = within(field('From: month'));
    expect(months.getByRole('option', { name: 'Aug' })).toBeDisabled();
    expect(months.getByRole('option', { name: 'Sept' })).toBeEnabled();
    // The picked month of a range that cannot move (the last six months) shows the range's.
    chartView.setRange({ from: '2040-07', to: '2040-12' });
    flushSync();
    await pick('From: month', '8');
    expect(chartView.range).toEqual({ from: '2040-07', to: '2040-12' });
    expect((field('From: month') as HTMLSelectElement).value).toBe('7');
  });

  test('the baseline switch takes the defaults off the chart and back, and says where they are drawn', async () => {
    const { container, chartView, store } = setup();
    const box = screen.getByRole('checkbox', { name: 'Show the defaults on every chart' });
    expect(box).toBeChecked();
    expect(box).toHaveAccessibleDescription(
      'Drawn only where they differ from this scenario’s lines.',
    );
    // On the defaults the chart's own line is theirs: no second line under it.
    expect(container.querySelector('path.line.baseline')).toBeNull();
    store.step(transitions.setParam('paceUsdBnPerYear', 50));
    flushSync();
    expect(container.querySelector('path.line.baseline')).not.toBeNull();
    await fireEvent.click(box);
    expect(chartView.baseline).toBe(false);
    expect(container.querySelector('path.line.baseline')).toBeNull();
  });

  test('reads in Japanese', () => {
    renderWithStore([ChartViewBar], undefined, { lang: 'ja', catalogue: ja });
    expect(screen.getByRole('slider', { name: '表示する最後の月' })).toHaveAttribute(
      'aria-valuetext',
      '2030年12月',
    );
    expect(screen.getByRole('radio', { name: '期限まで' })).toBeInTheDocument();
    // The year, then the month, in Japanese words.
    const from = screen.getByRole('group', { name: '開始' });
    expect(
      within(from)
        .getAllByRole('combobox')
        .map((f) => f.getAttribute('aria-label')),
    ).toEqual(['開始の年', '開始の月']);
    expect(
      within(from).getByRole('option', { name: '2025年', selected: true }),
    ).toBeInTheDocument();
    expect(within(from).getByRole('option', { name: '9月', selected: true })).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'すべてのグラフに既定値を表示' })).toBeChecked();
  });
});
