import { describe, expect, test } from 'vitest';
import { fireEvent, screen, waitFor, within } from '@testing-library/svelte';
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
    const group = () => screen.getByRole('group', { name: /^(Language|言語)$/ });
    expect(within(group()).getByRole('link', { name: 'English' })).toHaveAttribute(
      'aria-current',
      'true',
    );
    await fireEvent.click(within(group()).getByRole('link', { name: '日本語' }));
    await waitFor(() => expect(shown('credited')).toBe(credited('ja', 'usd')));
    expect(screen.getByTestId('summary')).toHaveTextContent(/^この前提では、日本は/);
    const deadline = createFormatter('ja', 'usd', DEFAULT_SCENARIO.usdJpy).date(
      DEFAULT_SCENARIO.periodEnd,
    );
    expect(screen.getByTestId('summary')).toHaveTextContent(`${deadline}までに`);
    // The group is named in the page's language now, and marks Japanese as the current one.
    const japanese = within(screen.getByRole('group', { name: '言語' })).getByRole('link', {
      name: '日本語',
    });
    expect(japanese).toHaveAttribute('aria-current', 'true');
    expect(screen.getByRole('link', { name: 'English' })).not.toHaveAttribute('aria-current');
    // Each language is offered in its own name and language, at this page's address in it.
    expect(japanese).toHaveAttribute('lang', 'ja');
    expect(japanese).toHaveAttribute('hreflang', 'ja');
    expect(new URL(japanese.getAttribute('href') ?? '').searchParams.get('lang')).toBe('ja');
    expect(new URL(japanese.getAttribute('href') ?? '').pathname).toMatch(/\/ja\/$/);
    const english = screen.getByRole('link', { name: 'English' });
    expect(english).toHaveAttribute('lang', 'en');
    expect(new URL(english.getAttribute('href') ?? '').pathname).not.toMatch(/\/ja\//);
  });

  test('a click with a modifier is the browser’s (a new tab or window at the link), and the page stays as it is', async () => {
    renderWithStore([LanguageSwitch, Headline]);
    const japanese = screen.getByRole('link', { name: '日本語' });
    // fireEvent returns false when a handler prevented the default.
    expect(await fireEvent.click(japanese, { ctrlKey: true })).toBe(true);
    expect(await fireEvent.click(japanese, { button: 1 })).toBe(true);
    // Long enough for a catalogue to have come, had either asked for one.
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shown('credited')).toBe(credited('en', 'usd'));
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
    expect(await fireEvent.click(japanese)).toBe(false);
    await waitFor(() => expect(shown('credited')).toBe(credited('ja', 'usd')));
  });

  test('a second click before the first’s catalogue has come wins: Japanese, then at once English, stays English', async () => {
    renderWithStore([LanguageSwitch, Headline]);
    await fireEvent.click(screen.getByRole('link', { name: '日本語' }));
    await fireEvent.click(screen.getByRole('link', { name: 'English' }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(shown('credited')).toBe(credited('en', 'usd'));
    expect(screen.getByRole('link', { name: 'English' })).toHaveAttribute('aria-current', 'true');
  });

  test.each([
    ['/ja/p/tokyo/?v=2&lang=ja', '/p/tokyo/', '/ja/p/tokyo/'],
    ['/p/tokyo/?v=2', '/p/tokyo/', '/ja/p/tokyo/'],
    ['/ja/?v=2&pace=150', '/', '/ja/'],
  ])('on %s, each link is that page in its language, the link’s scenario kept', (at, en, ja) => {
    const before = location.href;
    history.replaceState(null, '', at);
    try {
      renderWithStore([LanguageSwitch]);
      const path = (name: string) => {
        const link = screen.getByRole('link', { name });
        fireEvent.focus(link);
        return new URL(link.getAttribute('href') ?? '');
      };
      expect(path('English').pathname).toBe(en);
      expect(path('English').searchParams.get('lang')).toBe('en');
      expect(path('日本語').pathname).toBe(ja);
      expect(path('日本語').searchParams.get('lang')).toBe('ja');
      expect(path('日本語').searchParams.get('v')).toBe('2');
    } finally {
      history.replaceState(null, '', before);
    }
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
