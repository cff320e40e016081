/**
 * What the page should show, worked out from the model and the catalogues rather than copied
 * from an earlier run: the headline of a scenario on its central path (the prerender, and the
 * provisional answer while the Monte Carlo runs) and from its Monte Carlo (the answer once the
 * run has finished; same seed, same numbers, in Node as in the browser).
 */
import {
  DEFAULT_SCENARIO,
  MODEL_VERSION,
  runMonteCarlo,
  simulate,
  wilsonInterval,
  type Scenario,
} from '../../src/model';
import { createFormatter, type Currency, type Locale } from '../../src/i18n/format';
import { createTranslate } from '../../src/i18n/translate';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import { DATA_AS_OF, DATA_VERSION, RELEASES } from '../../src/data/release';

export { DEFAULT_SCENARIO, MODEL_VERSION, DATA_AS_OF, DATA_VERSION, RELEASES, en, ja };

/** The English page's words and numbers, at the default exchange rate. */
export const tEn = createTranslate(en);
export const formatEn = createFormatter('en', 'usd', DEFAULT_SCENARIO.usdJpy);

/** What every export says of its data: the release and the day it was checked through. */
export const DATA_LINE_EN = tEn('export.data', {
  version: DATA_VERSION,
  date: formatEn.date(DATA_AS_OF),
});

/** The versions every link the app writes starts with: `v=2&m=…&d=…`. */
export const LINK_VERSIONS = `v=2&m=${MODEL_VERSION}&d=${DATA_VERSION}`;

export interface Headline {
  /** Credited by the deadline, as the headline figure shows it. */
  readonly credited: string;
  /** The chance of a penalty by the deadline, as the headline figure shows it. */
  readonly risk: string;
  /** The line under the chance: the 95% interval (Monte Carlo) or "running" (central path). */
  readonly riskDetail: string;
  /** Expected extra duties to the end of 2029. */
  readonly duties: string;
}

export interface Expected {
  /** The central path's headline: the prerender, and the provisional answer. */
  readonly central: Headline;
  /** The Monte Carlo's headline: the answer once the run for this scenario has finished. */
  readonly monteCarlo: Headline;
  /** The Monte Carlo's chance of a penalty by the deadline (0–1), unrounded. */
  readonly risk: number;
  /** The central path's chance of a penalty (0–1) and credited (US$ bn) by the deadline, unrounded. */
  readonly centralRisk: number;
  readonly centralCreditedUsdBn: number;
  /** The Monte Carlo's run itself, and the index of December 2029 in its monthly series. */
  readonly mc: ReturnType<typeof runMonteCarlo>;
  readonly end2029: number;
  readonly format: ReturnType<typeof createFormatter>;
}

export interface Display {
  readonly lang?: Locale;
  readonly currency?: Currency;
}

const cache = new Map<Scenario, ReturnType<typeof runMonteCarlo>>();

/** The headline a scenario should show, in a language and currency (at the scenario's own rate). */
export function expectedHeadline(
  s: Scenario = DEFAULT_SCENARIO,
  { lang = 'en', currency = 'usd' }: Display = {},
): Expected {
  const t = createTranslate(lang === 'ja' ? ja : en);
  const f = createFormatter(lang, currency, s.usdJpy);
  const result = simulate(s);
  const x = result.summary;
  const mc = cache.get(s) ?? runMonteCarlo(s, { paths: s.mcPaths, seed: s.mcSeed });
  cache.set(s, mc);
  const [low, high] = wilsonInterval(mc.shareReimposedByDeadline, mc.paths);
  const end2029 = result.months.indexOf('2029-12');
  const riskDetail = [
    t('headline.riskInterval', {
      low: f.share(low, 0),
      high: f.share(high, 0),
      paths: f.number(mc.paths),
    }),
    t('headline.riskCentral', { central: f.share(x.pReimposedByDeadline, 0) }),
  ].join(' ');
  return {
    central: {
      credited: f.money(x.creditedByDeadline),
      risk: f.share(x.pReimposedByDeadline, 0),
      riskDetail: t('headline.riskPending'),
      duties: f.money(x.expectedDutiesUsdBn),
    },
    monteCarlo: {
      credited: f.money(mc.creditedAtDeadline.p50),
      risk: f.share(mc.shareReimposedByDeadline, 0),
      riskDetail,
      duties: f.money(mc.tariff.expectedDutiesUsdBn[end2029] ?? NaN),
    },
    risk: mc.shareReimposedByDeadline,
    centralRisk: x.pReimposedByDeadline,
    centralCreditedUsdBn: x.creditedByDeadline,
    mc,
    end2029,
    format: f,
  };
}
