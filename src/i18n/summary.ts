/** The plain-language summary of a run: the headline answers in two sentences, from the numbers. */
import type { Result, Scenario } from '../model';
import { formatDate, formatNumber, formatShare, formatUsdBn } from './format';
import type { Translate } from './translate';

/** Months behind pace below this read as "on pace". */
const ON_PACE_MONTHS = 0.5;

export function plainSummary(t: Translate, s: Scenario, r: Result): string {
  const x = r.summary;
  const first = t('summary.text', {
    funded: formatShare(x.fundedShare, 'en', 0),
    credited: formatUsdBn(x.creditedByDeadline),
    share: formatShare(x.creditedByDeadlineShare, 'en', 0),
    deadline: formatDate(s.periodEnd),
    disbursed: formatUsdBn(x.disbursedByDeadline),
    risk: formatShare(x.pReimposedByDeadline, 'en', 0),
    risk2029: formatShare(x.pReimposedByEnd2029, 'en', 0),
    duties: formatUsdBn(x.expectedDutiesUsdBn),
  });
  const second =
    x.monthsBehindPace < ON_PACE_MONTHS
      ? t('summary.onPace')
      : t('summary.behind', { months: formatNumber(x.monthsBehindPace, 'en', 0) });
  return `${first} ${second}`;
}
