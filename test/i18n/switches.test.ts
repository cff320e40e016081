import { describe, expect, test } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { renderWithStore } from '../harness/render';
import Headline from '../../src/Headline.svelte';
import LanguageSwitch from '../../src/LanguageSwitch.svelte';
import CurrencyControl from '../../src/controls/CurrencyControl.svelte';
import { ja } from '../../src/i18n/ja';
import { DEFAULT_SCENARIO, simulate, transitions } from '../../src/model';
import { createFormatter, type Currency, type Locale } from '../../src/i18n/format';

const defaults = simulate(DEFAULT_SCENARIO).summary;
/** Credited by the deadline for the defaults (at a yen rate), as the model and formatter give it. */
const credited = (lang: Locale, cur: Currency, usdJpy = DEFAULT_SCENARIO.usdJpy) =>
  createFormatter(lang, cur, usdJpy).money(
    simulate({ ...DEFAULT_SCENARIO, usdJpy }).summary.creditedByDeadline,
  );
/** A figure's text as read, whitespace collapsed. */
const shown = (testId: string) =>
  screen.getByTestId(testId).textContent?.replace(/\s+/g, ' ').trim();

describe('language and currency controls', () => {
  test('the language switch loads Japanese and every figure and sentence follows', async () => {
    renderWithStore([LanguageSwitch, Headline]);
    expect(shown('credited')).toBe(credited('en', 'usd'));
    await fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), {
      target: { value: 'ja' },
    });
    await waitFor(() => expect(shown('credited')).toBe(credited('ja', 'usd')));
    expect(screen.getByTestId('summary')).toHaveTextContent(/^この前提では、日本は/);
    const deadline = createFormatter('ja', 'usd', DEFAULT_SCENARIO.usdJpy).date(
      DEFAULT_SCENARIO.periodEnd,
    );
    expect(screen.getByTestId('summary')).toHaveTextContent(`${deadline}までに`);
    expect(screen.getByRole('combobox', { name: '言語' })).toHaveValue('ja');
    // Each language is offered in its own name and language.
    expect(screen.getByRole('option', { name: 'English' })).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('option', { name: '日本語' })).toHaveAttribute('lang', 'ja');
  });

  test('yen converts every amount at the scenario’s rate, and the rate control moves it', async () => {
    const { store } = renderWithStore([CurrencyControl, Headline]);
    await fireEvent.click(screen.getByRole('radio', { name: 'Yen' }));
    expect(shown('credited')).toBe(credited('en', 'jpy'));
    // The duties are shown in the other currency too.
    const usd = createFormatter('en', 'usd', DEFAULT_SCENARIO.usdJpy);
    expect(
      screen.getByText(
        `About ${usd.money(defaults.expectedDutiesUsdBn)}; paid by US importers. Japan’s expected ` +
          `GDP loss: ${usd.share(defaults.expectedGdpEffect, 2)} a year by end-2029.`,
      ),
    ).toBeInTheDocument();
    store.step(transitions.setParam('usdJpy', 100));
    flushSync();
    expect(shown('credited')).toBe(credited('en', 'jpy', 100));
    expect(screen.getByRole('slider', { name: 'Exchange rate' })).toHaveAttribute(
      'aria-valuetext',
      '¥100',
    );
    await fireEvent.click(screen.getByRole('radio', { name: 'US dollars' }));
    expect(shown('credited')).toBe(credited('en', 'usd', 100));
  });

  test('in Japanese with yen from the start', () => {
    renderWithStore([CurrencyControl, Headline], undefined, {
      lang: 'ja',
      catalogue: ja,
      cur: 'jpy',
    });
    expect(shown('credited')).toBe(credited('ja', 'jpy'));
    expect(screen.getByRole('radio', { name: '円' })).toBeChecked();
    expect(screen.getByRole('slider', { name: '為替レート' })).toHaveAttribute(
      'aria-valuetext',
      `1ドル＝${DEFAULT_SCENARIO.usdJpy}円`,
    );
  });
});
