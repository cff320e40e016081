/** The plain-language summary of a run: the headline answers in two sentences, from the numbers. */
import type { Result, Scenario } from '../model';
import type { Formatter } from './format';
import type { Translate } from './translate';

/** Months behind pace below this read as "on pace". */
const ON_PACE_MONTHS = 0.5;

export function plainSummary(t: Translate, fmt: Formatter, s: Scenario, r: Result): string {
  const x = r.summary;
  const first = t('summary.text', {
    funded: fmt.share(x.fundedShare, 0),
    credited: fmt.money(x.creditedByDeadline),
    share: fmt.share(x.creditedByDeadlineShare, 0),
    deadline: fmt.date(s.periodEnd),
    disbursed: fmt.money(x.disbursedByDeadline),
    risk: fmt.share(x.pReimposedByDeadline, 0),
    risk2029: fmt.share(x.pReimposedByEnd2029, 0),
    duties: fmt.money(x.expectedDutiesUsdBn),
  });
  const second =
    x.monthsBehindPace < ON_PACE_MONTHS
      ? t('summary.onPace')
      : t('summary.behind', { months: fmt.number(x.monthsBehindPace, 0) });
  return t('summary.sentences', { first, second });
}
