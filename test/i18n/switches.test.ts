import { describe, expect, test } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { renderWithStore } from '../harness/render';
import Headline from '../../src/Headline.svelte';
import LanguageSwitch from '../../src/LanguageSwitch.svelte';
import CurrencyControl from '../../src/controls/CurrencyControl.svelte';
import { ja } from '../../src/i18n/ja';

describe('language and currency controls', () => {
  test('the language switch loads Japanese and every figure and sentence follows', async () => {
    renderWithStore([LanguageSwitch, Headline]);
    expect(screen.getByTestId('credited')).toHaveTextContent('US$550bn');
    await fireEvent.change(screen.getByRole('combobox', { name: 'Language' }), {
      target: { value: 'ja' },
    });
    await waitFor(() => expect(screen.getByTestId('credited')).toHaveTextContent('5,500億ドル'));
    expect(screen.getByTestId('summary')).toHaveTextContent(/^この前提では、日本は/);
    expect(screen.getByTestId('summary')).toHaveTextContent('2029年1月19日までに');
    expect(screen.getByRole('combobox', { name: '言語' })).toHaveValue('ja');
    // Each language is offered in its own name and language.
    expect(screen.getByRole('option', { name: 'English' })).toHaveAttribute('lang', 'en');
    expect(screen.getByRole('option', { name: '日本語' })).toHaveAttribute('lang', 'ja');
  });

  test('yen converts every amount at the scenario’s rate, and the rate control moves it', async () => {
    const { store } = renderWithStore([CurrencyControl, Headline]);
    await fireEvent.click(screen.getByRole('radio', { name: 'Yen' }));
    expect(screen.getByTestId('credited')).toHaveTextContent('¥85.2tn');
    // The duties are shown in the other currency too.
    expect(screen.getByText(/^About US\$[\d.]+bn at ¥155 per US\$$/)).toBeInTheDocument();
    store.setParam('usdJpy', 100);
    flushSync();
    expect(screen.getByTestId('credited')).toHaveTextContent('¥55.0tn');
    expect(screen.getByRole('slider', { name: 'Exchange rate' })).toHaveAttribute(
      'aria-valuetext',
      '¥100',
    );
    await fireEvent.click(screen.getByRole('radio', { name: 'US dollars' }));
    expect(screen.getByTestId('credited')).toHaveTextContent('US$550bn');
  });

  test('in Japanese with yen from the start', () => {
    renderWithStore([CurrencyControl, Headline], undefined, {
      lang: 'ja',
      catalogue: ja,
      cur: 'jpy',
    });
    expect(screen.getByTestId('credited')).toHaveTextContent('85.2兆円');
    expect(screen.getByRole('radio', { name: '円' })).toBeChecked();
    expect(screen.getByRole('slider', { name: '為替レート' })).toHaveAttribute(
      'aria-valuetext',
      '1ドル＝155円',
    );
  });
});
