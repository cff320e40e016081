import { describe, expect, test } from 'vitest';
import { screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { renderWithStore } from './harness/render';
import Headline from '../src/Headline.svelte';
import { DEFAULT_SCENARIO, simulate } from '../src/model';
import { presetScenario } from '../src/model/presets';
import { runMonteCarlo } from '../src/model/montecarlo';
import { wilsonInterval } from '../src/model/wilson';
import { createFormatter } from '../src/i18n/format';

// The expected figures come from the model and the formatter, so these tests follow the
// model's defaults and still fail if the headline shows the wrong figure.

/** A figure's text as read, whitespace collapsed. */
const shown = (testId: string) =>
  screen.getByTestId(testId).textContent?.replace(/\s+/g, ' ').trim();

describe('Headline', () => {
  test('shows the model’s answers for the defaults, and the plain-language summary', () => {
    const s = DEFAULT_SCENARIO;
    const x = simulate(s).summary;
    const fmt = createFormatter('en', 'usd', s.usdJpy);
    renderWithStore([Headline]);
    expect(shown('credited')).toBe(fmt.money(x.creditedByDeadline));
    expect(shown('behind')).toBe(
      x.monthsBehindPace < 0.5 ? 'On pace' : `${fmt.number(x.monthsBehindPace, 0)} months`,
    );
    expect(shown('risk')).toBe(fmt.share(x.pReimposedByDeadline, 0));
    expect(shown('duties')).toBe(fmt.money(x.expectedDutiesUsdBn));
    const yen = createFormatter('en', 'jpy', s.usdJpy);
    expect(
      screen.getByText(
        `About ${yen.money(x.expectedDutiesUsdBn)} at ¥${fmt.number(s.usdJpy)} per US$`,
      ),
    ).toBeInTheDocument();
    expect(shown('summary')).toBe(
      `Under these assumptions Japan funds ${fmt.share(x.fundedShare, 0)} of what Washington selects, ` +
        `${fmt.money(x.creditedByDeadline)} (${fmt.share(x.creditedByDeadlineShare, 0)} of the pledge) ` +
        `is credited by ${fmt.date(s.periodEnd)}, and ${fmt.money(x.disbursedByDeadline)} of cash ` +
        `has actually gone out. The chance the US has put tariffs back up by then is ` +
        `${fmt.share(x.pReimposedByDeadline, 0)}, rising to ${fmt.share(x.pReimposedByEnd2029, 0)} ` +
        `by the end of 2029; the expected extra duties to then are ${fmt.money(x.expectedDutiesUsdBn)}. ` +
        (x.monthsBehindPace < 0.5
          ? 'The programme keeps up with the pace the deal requires.'
          : `The programme ends ${fmt.number(x.monthsBehindPace, 0)} months behind the pace the deal requires.`),
    );
    expect(screen.getByText('Monte Carlo running…')).toBeInTheDocument();
  });

  test('a stalled programme ends months behind, and the Monte Carlo interval appears when it is done', () => {
    const s = presetScenario('stalled');
    const x = simulate(s).summary;
    const fmt = createFormatter('en', 'usd', s.usdJpy);
    const { store } = renderWithStore([Headline], s);
    const mc = runMonteCarlo(s, { paths: 300, seed: 1 });
    store.setMonteCarloResult(mc, s);
    flushSync();
    const months = fmt.number(x.monthsBehindPace, 0);
    expect(x.monthsBehindPace).toBeGreaterThanOrEqual(0.5);
    expect(shown('behind')).toBe(`${months} months`);
    expect(shown('summary')).toMatch(
      new RegExp(`The programme ends ${months} months behind the pace the deal requires\\.$`),
    );
    const [low, high] = wilsonInterval(mc.shareReimposedByDeadline, 300);
    expect(
      screen.getByText(
        `Monte Carlo: ${fmt.share(mc.shareReimposedByDeadline, 0)} of 300 paths ` +
          `(95% interval ${fmt.share(low, 0)}–${fmt.share(high, 0)})`,
      ),
    ).toBeInTheDocument();
  });
});
