/** A compared input's name and value in words, for the comparison table. */
import { PARAMS, type ParamKey } from '../data/params';
import { GOODS_IDS } from '../data/goods';
import type { ComparedInput, Scenario } from '../model';
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
    case 'capExempt':
      return s.capExempt.length > 0
        ? s.capExempt.map((id) => t(`sector.${id}`)).join(', ')
        : t('compare.none');
    case 'goods':
      return GOODS_IDS.map((id) =>
        t('compare.goodsValue', {
          share: fmt.share(s.goods[id].share, 0),
          now: fmt.share(s.goods[id].rateNow, 1),
          penalty: fmt.share(s.goods[id].ratePenalty, 1),
        }),
      ).join(' / ');
    case 'selections':
      return t('compare.selectionsValue', {
        count: String(s.selections.length),
        total: fmt.money(s.selections.reduce((sum, x) => sum + x.valueUsdBn, 0)),
      });
    case 'events':
      return t('compare.eventsValue', { count: String(s.events.filter((e) => e.enabled).length) });
  }
}
