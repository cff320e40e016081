/**
 * The plain-language summary: the headline answers in a few sentences, from the one set of
 * answers the page prints (state/answers.ts), including what most of the risk comes from.
 */
import { RISK_FACTORS, type Result, type Scenario } from '../model';
import type { Answers } from '../state/answers';
import type { Formatter } from './format';
import type { Translate } from './translate';

/** Months behind pace below this read as "on pace". */
const ON_PACE_MONTHS = 0.5;

/** "Most of the risk comes from …": the largest cause and its points. */
export function whySentence(t: Translate, fmt: Formatter, a: Answers): string {
  const parts = a.why.parts;
  const top = RISK_FACTORS.reduce((best, f) => (parts[f] > parts[best] ? f : best));
  if (a.risk.value <= 0 || parts[top] <= 0) return t('summary.noRisk');
  return t('summary.why', {
    cause: t(`why.${top}`),
    points: fmt.points(parts[top], 0),
    total: fmt.share(a.risk.value, 0),
  });
}

export function plainSummary(
  t: Translate,
  fmt: Formatter,
  s: Scenario,
  r: Result,
  a: Answers,
): string {
  const first = t('summary.text', {
    funded: fmt.share(r.summary.fundedShare, 0),
    credited: fmt.money(a.credited.value),
    share: fmt.share(a.creditedShare, 0),
    deadline: fmt.date(s.periodEnd),
    disbursed: fmt.money(r.summary.disbursedByDeadline),
    risk: fmt.share(a.risk.value, 0),
    duties: fmt.money(a.dutiesUsdBn),
  });
  const second =
    a.monthsBehind < ON_PACE_MONTHS
      ? t('summary.onPace')
      : t(Math.round(a.monthsBehind) === 1 ? 'summary.behindOne' : 'summary.behind', {
          months: fmt.number(a.monthsBehind, 0),
        });
  const rest = t('summary.sentences', { first: second, second: whySentence(t, fmt, a) });
  return t('summary.sentences', { first, second: rest });
}
