/** A compared input's name and value in words, for the comparison table. */
import { PARAMS, type ParamKey } from '../data/params';
import type { ComparedInput } from '../model/compare';
import type { Scenario } from '../model';
import { formatParam } from '../i18n/formatParam';
import type { Translate } from '../i18n/translate';
import type { Formatter } from '../i18n/format';

const isParam = (input: ComparedInput): input is ParamKey => input in PARAMS;

export function inputName(t: Translate, input: ComparedInput): string {
  return isParam(input) ? t(`param.${input}.label`) : t(`compare.input.${input}`);
}

export function inputValue(
  t: Translate,
  fmt: Formatter,
  s: Scenario,
  input: ComparedInput,
): string {
  if (isParam(input)) return formatParam(fmt, PARAMS[input].unit, s[input], PARAMS[input].step);
  switch (input) {
    case 'periodEnd':
      return fmt.date(s.periodEnd);
    case 'lagRule':
      return t(`lag.${s.lagRule}`);
    case 'includeAnnounced':
      return t(s.includeAnnounced ? 'compare.yes' : 'compare.no');
    case 'mix':
      return [s.mix.equity, s.mix.loans, s.mix.guarantees].map((x) => fmt.share(x, 1)).join(' / ');
    case 'sectors':
      return t('compare.sectorsValue', {
        nuclear: fmt.share(s.sectors.nuclear, 0),
        gas: fmt.share(s.sectors.gas, 0),
      });
    case 'selections':
      return t('compare.selectionsValue', {
        count: String(s.selections.length),
        total: fmt.money(s.selections.reduce((sum, x) => sum + x.valueUsdBn, 0)),
      });
    case 'events':
      return t('compare.eventsValue', { count: String(s.events.filter((e) => e.enabled).length) });
  }
}
