import { describe, expect, test } from 'vitest';
import { screen } from '@testing-library/svelte';
import { flushSync } from 'svelte';
import { renderWithStore } from './harness/render';
import Headline from '../src/Headline.svelte';
import {
  DEFAULT_SCENARIO,
  largestCause,
  monthsBehind,
  presetScenario,
  runMonteCarlo,
  transitions,
  simulate,
  wilsonInterval,
  type WhyParts,
} from '../src/model';
import { DATA_AS_OF } from '../src/data/release';
import { createFormatter, type Formatter } from '../src/i18n/format';
import { en } from '../src/i18n/en';

// The expected figures come from the model and the formatter, so these tests follow the
// model's defaults and still fail if the headline shows the wrong figure.

/** A figure's text as read, whitespace collapsed. */
const shown = (testId: string) =>
  screen.getByTestId(testId).textContent?.replace(/\s+/g, ' ').trim();

/** The months-behind sentence of the summary. */
const behindSentence = (fmt: Formatter, months: number) =>
  months < 0.5
    ? 'The programme keeps up with the pace the deal requires.'
    : `The programme ends ${fmt.number(months, 0)} months behind the pace the deal requires.`;

/** "The largest part of the …": the largest cause of the risk, in the English catalogue's words. */
const whySentence = (fmt: Formatter, why: WhyParts, risk: number) => {
  const top = largestCause(why);
  return `The largest part of the ${fmt.share(risk, 0)} comes from ${en[`why.${top}`]} (${fmt.points(why.parts[top], 0)}).`;
};

describe('Headline', () => {
  test('before the Monte Carlo: the central path’s answers, marked provisional, and the plain-language summary', () => {
    const s = DEFAULT_SCENARIO;
    const x = simulate(s).summary;
    const fmt = createFormatter('en', 'usd', s.usdJpy);
    const yen = createFormatter('en', 'jpy', s.usdJpy);
    renderWithStore([Headline]);
    expect(
      screen.getByRole('region', { name: 'The answers under these assumptions' }),
    ).toHaveAttribute('aria-busy', 'true');
    expect(screen.getByTestId('provisional')).toHaveTextContent(
      'Central path, provisional: the Monte Carlo is running',
    );
    expect(
      screen.getByText(
        `Data checked through ${fmt.date(DATA_AS_OF)}; everything after it is projected.`,
        { exact: false },
      ),
    ).toBeInTheDocument();
    expect(shown('credited')).toBe(fmt.money(x.creditedByDeadline));
    expect(
      screen.getByText(
        `${fmt.share(x.creditedByDeadlineShare, 0)} of the pledge, on the central path.`,
      ),
    ).toBeInTheDocument();
    expect(shown('behind')).toBe(
      x.monthsBehindPace < 0.5 ? 'On pace' : `${fmt.number(x.monthsBehindPace, 0)} months`,
    );
    expect(shown('risk')).toBe(fmt.share(x.pReimposedByDeadline, 0));
    expect(shown('risk-detail')).toBe('Monte Carlo running…');
    expect(shown('duties')).toBe(fmt.money(x.expectedDutiesUsdBn));
    // Who pays, in the other currency too, and Japan's cost as GDP.
    expect(
      screen.getByText(
        `About ${yen.money(x.expectedDutiesUsdBn)}; paid by US importers. Japan’s expected GDP ` +
          `loss: ${fmt.share(x.expectedGdpEffect, 2)} a year by end-2029.`,
      ),
    ).toBeInTheDocument();
    expect(shown('summary')).toBe(
      `Under these assumptions Japan funds ${fmt.share(x.fundedShare, 0)} of what Washington selects, ` +
        `${fmt.money(x.creditedByDeadline)} (${fmt.share(x.creditedByDeadlineShare, 0)} of the pledge) ` +
        `is credited by ${fmt.date(s.periodEnd)}, and ${fmt.money(x.disbursedByDeadline)} of cash ` +
        `has actually gone out. The chance of a US tariff penalty by then is ` +
        `${fmt.share(x.pReimposedByDeadline, 0)}; the expected extra duties to the end of 2029, ` +
        `paid by US importers, are ${fmt.money(x.expectedDutiesUsdBn)}. ` +
        `${behindSentence(fmt, x.monthsBehindPace)} ${whySentence(fmt, x.why, x.pReimposedByDeadline)}`,
    );
  });

  test('a stalled programme ends months behind the required pace', () => {
    const s = presetScenario('stalled');
    const x = simulate(s).summary;
    const fmt = createFormatter('en', 'usd', s.usdJpy);
    renderWithStore([Headline], s);
    expect(x.monthsBehindPace).toBeGreaterThanOrEqual(0.5);
    expect(shown('behind')).toBe(`${fmt.number(x.monthsBehindPace, 0)} months`);
    expect(shown('summary')).toContain(behindSentence(fmt, x.monthsBehindPace));
  });

  test('a stalled programme’s paths all credit about the same: the range reads as one figure', () => {
    const s = presetScenario('stalled');
    const fmt = createFormatter('en', 'usd', s.usdJpy);
    const { store, results } = renderWithStore([Headline], s);
    const mc = runMonteCarlo(s, { paths: s.mcPaths, seed: 1 });
    const { p5, p50, p95 } = mc.creditedAtDeadline;
    // (What makes the case: the 5th and 95th percentiles read alike.)
    expect(fmt.money(p5)).toBe(fmt.money(p95));
    results.setMonteCarloResult(mc, store.scenario);
    flushSync();
    const share = fmt.share(p50 / s.pledgeUsdBn, 0);
    expect(shown('credited-detail')).toBe(
      `${share} of the pledge, on the median path; 5–95% of paths: ${fmt.money(p5)}.`,
    );
  });

  test('one month behind reads "1 month", in the figure and in the summary', () => {
    // The pace at which the central path ends about a month behind (found from the preset
    // that is on the required pace, slowed a step at a time).
    const onPace = presetScenario('onPace');
    let s = onPace;
    for (let pace = onPace.paceUsdBnPerYear; pace > 0; pace -= 0.5) {
      s = transitions.setParam('paceUsdBnPerYear', pace)(onPace);
      if (Math.round(simulate(s).summary.monthsBehindPace) >= 1) break;
    }
    const months = simulate(s).summary.monthsBehindPace;
    expect(Math.round(months)).toBe(1);
    renderWithStore([Headline], s);
    expect(shown('behind')).toBe('1 month');
    expect(shown('summary')).toContain(
      'The programme ends 1 month behind the pace the deal requires.',
    );
  });

  test('once the Monte Carlo for the scenario on screen is in: its share with the Wilson interval, its median credited with the 5–95% range, its duties', () => {
    const s = DEFAULT_SCENARIO;
    const r = simulate(s);
    const x = r.summary;
    const fmt = createFormatter('en', 'usd', s.usdJpy);
    const { store, results } = renderWithStore([Headline], s);
    const mc = runMonteCarlo(s, { paths: 300, seed: 1 });
    const { p5, p50, p95 } = mc.creditedAtDeadline;
    const risk = mc.shareReimposedByDeadline;
    const duties = mc.tariff.expectedDutiesUsdBn[r.months.indexOf('2029-12')] ?? NaN;
    // The run differs from the central path where it shows, so the test tells them apart.
    expect(fmt.money(p50)).not.toBe(fmt.money(x.creditedByDeadline));
    expect(fmt.share(risk, 0)).not.toBe(fmt.share(x.pReimposedByDeadline, 0));
    expect(fmt.money(duties)).not.toBe(fmt.money(x.expectedDutiesUsdBn));
    // A run for another scenario object is not this scenario's answer.
    results.setMonteCarloResult(mc, { ...s });
    flushSync();
    expect(screen.getByTestId('provisional')).toBeInTheDocument();
    results.setMonteCarloResult(mc, store.scenario);
    flushSync();
    expect(screen.queryByTestId('provisional')).not.toBeInTheDocument();
    // 300 of the scenario's 1,000 paths: the first answers of a run still going (the bands
    // that follow a drag), shown with their path count, and busy until the whole run is in.
    expect(s.mcPaths).toBe(1000);
    expect(
      screen.getByRole('region', { name: 'The answers under these assumptions' }),
    ).toHaveAttribute('aria-busy', 'true');
    expect(shown('credited')).toBe(fmt.money(p50));
    expect(
      screen.getByText(
        `${fmt.share(p50 / s.pledgeUsdBn, 0)} of the pledge, on the median path; 5–95% of paths: ` +
          `${fmt.money(p5)} to ${fmt.money(p95)}.`,
      ),
    ).toBeInTheDocument();
    const behind = monthsBehind(s, p50);
    expect(behind).toBeGreaterThanOrEqual(0.5);
    expect(shown('behind')).toBe(`${fmt.number(behind, 0)} months`);
    const [low, high] = wilsonInterval(risk, 300);
    expect(shown('risk')).toBe(fmt.share(risk, 0));
    expect(shown('risk-detail')).toBe(
      `95% interval ${fmt.share(low, 0)}–${fmt.share(high, 0)} (300 Monte Carlo paths). ` +
        `Central path: ${fmt.share(x.pReimposedByDeadline, 0)}.`,
    );
    expect(shown('duties')).toBe(fmt.money(duties));
    expect(shown('summary')).toContain(
      `The chance of a US tariff penalty by then is ${fmt.share(risk, 0)};`,
    );
    expect(shown('summary')).toMatch(
      new RegExp(
        `${behindSentence(fmt, behind)} ${whySentence(fmt, mc.why, risk)}`.replace(
          /[.()$]/g,
          '\\$&',
        ) + '$',
      ),
    );
  });

  test('the whole run for the scenario on screen: the answers are no longer busy', () => {
    const s = { ...DEFAULT_SCENARIO, mcPaths: 400 };
    const fmt = createFormatter('en', 'usd', s.usdJpy);
    const { store, results } = renderWithStore([Headline], s);
    const region = () =>
      screen.getByRole('region', { name: 'The answers under these assumptions' });
    results.setMonteCarloResult(runMonteCarlo(s, { paths: 250, seed: 1 }), store.scenario);
    flushSync();
    expect(region()).toHaveAttribute('aria-busy', 'true');
    expect(shown('risk-detail')).toContain('(250 Monte Carlo paths)');
    const whole = runMonteCarlo(s, { paths: 400, seed: 1 });
    results.setMonteCarloResult(whole, store.scenario);
    flushSync();
    expect(region()).toHaveAttribute('aria-busy', 'false');
    expect(shown('risk')).toBe(fmt.share(whole.shareReimposedByDeadline, 0));
    expect(shown('risk-detail')).toContain('(400 Monte Carlo paths)');
  });

  test('from the central path to the Monte Carlo and back (a drag): the lines under the figures change their words, not their nodes', () => {
    const s = { ...DEFAULT_SCENARIO, mcPaths: 250 };
    const { store, results } = renderWithStore([Headline], s);
    const lines = () =>
      [screen.getByTestId('risk-detail'), screen.getByTestId('credited').nextElementSibling].map(
        (dd) => [...(dd?.childNodes ?? [])],
      );
    const before = lines();
    expect(shown('risk-detail')).toBe(en['headline.riskPending']);
    results.setMonteCarloResult(runMonteCarlo(s, { paths: 250, seed: 1 }), store.scenario);
    flushSync();
    expect(shown('risk-detail')).toContain('(250 Monte Carlo paths)');
    const answered = lines();
    store.apply(transitions.setParam('paceUsdBnPerYear', s.paceUsdBnPerYear + 1));
    flushSync();
    expect(shown('risk-detail')).toBe(en['headline.riskPending']);
    for (const nodes of [answered, lines()]) expect(nodes).toEqual(before);
  });
});
