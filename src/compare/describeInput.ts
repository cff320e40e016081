/** A compared input's name and value in words, for the comparison table. */
import { PARAMS, type ParamKey } from '../data/params';
import type { ComparedInput } from '../model/compare';
import type { Scenario } from '../model';
import { formatDate, formatShare, formatUsdBn } from '../i18n/format';
import { formatParam } from '../i18n/formatParam';
import type { Translate } from '../i18n/translate';

const isParam = (input: ComparedInput): input is ParamKey => input in PARAMS;

export function inputName(t: Translate, input: ComparedInput): string {
  return isParam(input) ? t(`param.${input}.label`) : t(`compare.input.${input}`);
}

export function inputValue(t: Translate, s: Scenario, input: ComparedInput): string {
  if (isParam(input)) return formatParam(PARAMS[input].unit, s[input], PARAMS[input].step);
  switch (input) {
    case 'periodEnd':
      return formatDate(s.periodEnd);
    case 'lagRule':
      return t(`lag.${s.lagRule}`);
    case 'includeAnnounced':
      return t(s.includeAnnounced ? 'compare.yes' : 'compare.no');
    case 'mix':
      return [s.mix.equity, s.mix.loans, s.mix.guarantees]
        .map((x) => formatShare(x, 'en', 1))
        .join(' / ');
    case 'sectors':
      return t('compare.sectorsValue', {
        nuclear: formatShare(s.sectors.nuclear, 'en', 0),
        gas: formatShare(s.sectors.gas, 'en', 0),
      });
    case 'selections':
      return t('compare.selectionsValue', {
        count: String(s.selections.length),
        total: formatUsdBn(s.selections.reduce((sum, x) => sum + x.valueUsdBn, 0)),
      });
    case 'events':
      return t('compare.eventsValue', { count: String(s.events.filter((e) => e.enabled).length) });
  }
}
