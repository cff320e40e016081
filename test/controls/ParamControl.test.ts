import { describe, expect, test } from 'vitest';
import { fireEvent, screen } from '@testing-library/svelte';
import { renderWithStore, withProps } from '../harness/render';
import ParamControl from '../../src/controls/ParamControl.svelte';
import MoneyChart from '../../src/charts/MoneyChart.svelte';
import type { ParamKey } from '../../src/data/params';
import { ja } from '../../src/i18n/ja';
import { DEFAULT_SCENARIO } from '../../src/model';
import { createFormatter } from '../../src/i18n/format';

const control = (key: ParamKey) => withProps(ParamControl, { key });

describe('ParamControl (Deal: pledge)', () => {
  test('is a labelled slider that says its value with the unit, with visible bounds', () => {
    renderWithStore([control('pledgeUsdBn')]);
    const slider = screen.getByRole('slider', { name: 'Pledge' });
    expect(slider).toHaveAttribute('aria-valuetext', 'US$550bn');
    expect(slider).toHaveAccessibleDescription('from US$50bn to US$1.0tn');
  });

  test('moving the slider changes the chart, and commits only when the drag ends', async () => {
    const { store, container } = renderWithStore([control('pledgeUsdBn'), MoneyChart]);
    const path = () => container.querySelector('path.line.credited')?.getAttribute('d');
    const before = path();
    const slider = screen.getByRole('slider', { name: 'Pledge' });
    await fireEvent.pointerDown(slider);
    await fireEvent.input(slider, { target: { value: '300' } });
    expect(store.scenario.pledgeUsdBn).toBe(300);
    expect(path()).not.toBe(before);
    expect(store.committed.pledgeUsdBn).toBe(550);
    await fireEvent.pointerUp(slider);
    await fireEvent.change(slider);
    expect(store.committed.pledgeUsdBn).toBe(300);
  });

  test('a key press is a whole change: committed with its value, before its change event', async () => {
    const { store } = renderWithStore([control('pledgeUsdBn')]);
    const slider = screen.getByRole('slider', { name: 'Pledge' });
    // A key press fires input then change, with no pointer on the thumb: the value is
    // committed with the input, so the page draws the change once.
    await fireEvent.input(slider, { target: { value: '560' } });
    expect(store.scenario.pledgeUsdBn).toBe(560);
    expect(store.committed.pledgeUsdBn).toBe(560);
    await fireEvent.change(slider);
    expect(store.committed.pledgeUsdBn).toBe(560);
    // One undo step, not two.
    store.undo();
    expect(store.scenario.pledgeUsdBn).toBe(550);
    expect(store.canUndo).toBe(false);
  });

  test('a drag lasts while any pointer holds the thumb; a cancelled pointer commits what it moved', async () => {
    const { store } = renderWithStore([control('pledgeUsdBn')]);
    const slider = screen.getByRole('slider', { name: 'Pledge' });
    await fireEvent.pointerDown(slider, { pointerId: 1 });
    await fireEvent.pointerDown(slider, { pointerId: 2 });
    await fireEvent.input(slider, { target: { value: '400' } });
    await fireEvent.pointerUp(slider, { pointerId: 1 });
    // The second pointer still holds it: still a change in progress.
    await fireEvent.input(slider, { target: { value: '420' } });
    expect(store.scenario.pledgeUsdBn).toBe(420);
    expect(store.committed.pledgeUsdBn).toBe(550);
    // The browser takes the gesture over (a scroll): no release, no change event will come.
    await fireEvent.pointerCancel(slider, { pointerId: 2 });
    expect(store.committed.pledgeUsdBn).toBe(420);
  });

  test('exact entry outside the range is clamped, and the reader is told', async () => {
    const { store } = renderWithStore([control('pledgeUsdBn')]);
    const entry = screen.getByRole('spinbutton', { name: 'Exact value of Pledge in US$ bn' });
    await fireEvent.change(entry, { target: { value: '5000' } });
    expect(store.scenario.pledgeUsdBn).toBe(1000);
    expect(screen.getByRole('status')).toHaveTextContent(
      '5,000 is outside 50 to 1,000; set to 1,000.',
    );
  });

  test('exact entry shows a value off its step exactly: exports of US$136.5bn on a US$1bn step', () => {
    const s = DEFAULT_SCENARIO;
    // (The default is the sourced figure, which is not a whole number of US$ bn.)
    expect(s.exportsUsdBn % 1).not.toBe(0);
    renderWithStore([control('exportsUsdBn')]);
    expect(
      screen.getByRole('spinbutton', { name: /^Exact value of Japan’s goods exports to the US/ }),
    ).toHaveValue(s.exportsUsdBn);
  });

  test('exact entry that is not a number is refused with a message', async () => {
    const { store } = renderWithStore([control('pledgeUsdBn')]);
    const entry = screen.getByRole('spinbutton', { name: 'Exact value of Pledge in US$ bn' });
    await fireEvent.change(entry, { target: { value: '' } });
    expect(store.scenario.pledgeUsdBn).toBe(550);
    expect(screen.getByRole('status')).toHaveTextContent('Type a number between 50 and 1,000.');
  });

  test('reset restores the sourced default', async () => {
    const { store } = renderWithStore([control('pledgeUsdBn')]);
    const reset = screen.getByRole('button', { name: 'Reset Pledge to its default, US$550bn' });
    expect(reset).toBeDisabled();
    await fireEvent.input(screen.getByRole('slider', { name: 'Pledge' }), {
      target: { value: '700' },
    });
    expect(reset).toBeEnabled();
    await fireEvent.click(reset);
    expect(store.scenario.pledgeUsdBn).toBe(550);
  });

  test('the source chip opens the source with its title, date and link', async () => {
    renderWithStore([control('pledgeUsdBn')]);
    const chip = screen.getByRole('button', { name: 'Source of Pledge' });
    expect(chip).toHaveAttribute('aria-expanded', 'false');
    await fireEvent.click(chip);
    expect(chip).toHaveAttribute('aria-expanded', 'true');
    expect(screen.getByRole('note')).toHaveTextContent('The White House, 2025-09-05');
    expect(screen.getByRole('link', { name: 'Open the source' })).toHaveAttribute(
      'href',
      expect.stringContaining('whitehouse.gov'),
    );
  });
});

describe('ParamControl (Rates: percentages)', () => {
  test('a rate is shown and typed in percent, stored as a fraction', async () => {
    const { store } = renderWithStore([control('treasury10yAnnual')]);
    const fmt = createFormatter('en', 'usd', DEFAULT_SCENARIO.usdJpy);
    expect(screen.getByRole('slider', { name: '10-year US Treasury' })).toHaveAttribute(
      'aria-valuetext',
      `${fmt.number(DEFAULT_SCENARIO.treasury10yAnnual * 100, 2)}%`,
    );
    await fireEvent.change(screen.getByRole('spinbutton', { name: /10-year US Treasury/ }), {
      target: { value: '5.5' },
    });
    expect(store.scenario.treasury10yAnnual).toBeCloseTo(0.055, 12);
  });

  test('an assumption is labelled as one', async () => {
    renderWithStore([control('loanSpreadAnnual')]);
    const chip = screen.getByRole('button', { name: 'Source of Loan spread over Treasuries' });
    expect(chip).toHaveTextContent('Assumption');
    await fireEvent.click(chip);
    expect(screen.getByRole('note')).toHaveTextContent(
      /^Assumption: Loan rate = Treasury \+ 2.00%/,
    );
  });
});

describe('ParamControl in Japanese, in dollars and in yen', () => {
  test('an amount is typed in 億ドル: 6,000 sets the pledge to US$600bn', async () => {
    const { store } = renderWithStore([control('pledgeUsdBn')], undefined, {
      lang: 'ja',
      catalogue: ja,
    });
    const entry = screen.getByRole('spinbutton', { name: '約束額の値を億ドルで入力' });
    expect(entry).toHaveValue(5500);
    await fireEvent.change(entry, { target: { value: '6000' } });
    expect(store.scenario.pledgeUsdBn).toBe(600);
    expect(screen.getByRole('slider', { name: '約束額' })).toHaveAttribute(
      'aria-valuetext',
      '6,000億ドル',
    );
  });

  test('a yearly amount is typed in 兆円 a year at the scenario’s rate', async () => {
    const { store } = renderWithStore([control('paceUsdBnPerYear')], undefined, {
      lang: 'ja',
      catalogue: ja,
      cur: 'jpy',
    });
    const usdJpy = DEFAULT_SCENARIO.usdJpy;
    const entry = screen.getByRole('spinbutton', { name: '年間の選定額の値を兆円／年で入力' });
    // US$100 bn a year in 兆円 at the scenario's rate (¥ per US$ x US$ bn / 1,000).
    await fireEvent.change(entry, { target: { value: String((100 * usdJpy) / 1000) } });
    expect(store.scenario.paceUsdBnPerYear).toBeCloseTo(100, 10);
    expect(screen.getByRole('slider', { name: '年間の選定額' })).toHaveAttribute(
      'aria-valuetext',
      createFormatter('ja', 'jpy', usdJpy).moneyPerYear(100),
    );
  });
});
