/** "What would it take" in words: a lever's value, a set of changes, and why a target is out of reach. */
import { PARAMS } from '../data/params';
import type { LeverChange, Shortfall, SolveLever } from '../model';
import { formatParam } from '../i18n/formatParam';
import type { Formatter } from '../i18n/format';
import type { Translate } from '../i18n/translate';

export const leverValue = (fmt: Formatter, key: SolveLever, value: number): string =>
  formatParam(fmt, PARAMS[key].unit, value, PARAMS[key].step);

/** "Selections a year US$99.5bn/yr → US$215.6bn/yr", for each change. */
export function changesText(t: Translate, fmt: Formatter, changes: readonly LeverChange[]): string {
  return changes
    .map(
      (c) =>
        `${t(`param.${c.key}.label`)} ${leverValue(fmt, c.key, c.from)} → ${leverValue(fmt, c.key, c.to)}`,
    )
    .join('; ');
}

/** Why the best the levers can do (`best`) still misses the target. */
export function whyText(
  t: Translate,
  fmt: Formatter,
  best: readonly LeverChange[],
  why: Shortfall,
): string {
  const value = best.map((c) => leverValue(fmt, c.key, c.to)).join(', ');
  if (why.kind === 'risk')
    return t('solve.why.risk', {
      value,
      risk: fmt.share(why.risk, 1),
      points: fmt.points(why.causePoints, 1),
      cause: t(`why.${why.cause}`),
    });
  return t('solve.why.credited', {
    value,
    credited: fmt.money(why.creditedUsdBn),
    needed: fmt.money(why.neededUsdBn),
    cause: t(`solve.gap.${why.cause}`, { amount: fmt.money(why.causeUsdBn) }),
  });
}
