/** Plain-language notices for what reading a link changed or ignored; always plain text. */
import { PARAM_KEYS, type ParamKey } from '../data/params';
import type { MessageKey } from '../i18n/en';
import type { Translate } from '../i18n/translate';
import type { Formatter } from '../i18n/format';
import type { LinkChange } from './linkChange';
import type { UrlWarning } from './urlCodec';
import { PARAM_URL_KEYS, URL_KEYS } from './urlKeys';

const PARAM_BY_KEY = new Map<string, ParamKey>(
  PARAM_KEYS.flatMap((k) => [[k, k] as const, [PARAM_URL_KEYS[k], k] as const]),
);

/** URL keys and scenario fields that are not numeric parameters, and their names. */
const FIELD_NAMES: Readonly<Record<string, MessageKey>> = {
  mix: 'field.mix', // the same in the link and the scenario
  [URL_KEYS.sectors]: 'field.sectors',
  sectors: 'field.sectors',
  [URL_KEYS.selections]: 'field.selections',
  selections: 'field.selections',
  [URL_KEYS.events]: 'field.events',
  events: 'field.events',
  [URL_KEYS.goods]: 'field.goods',
  goods: 'field.goods',
  [URL_KEYS.capExempt]: 'field.capExempt',
  capExempt: 'field.capExempt',
  [URL_KEYS.periodEnd]: 'deal.periodEnd',
  periodEnd: 'deal.periodEnd',
  [URL_KEYS.lagRule]: 'lag.rule',
  lagRule: 'lag.rule',
  [URL_KEYS.includeAnnounced]: 'deal.includeAnnounced',
  includeAnnounced: 'deal.includeAnnounced',
  [URL_KEYS.version]: 'field.version',
  [URL_KEYS.stamp]: 'field.stamp',
  [URL_KEYS.chart]: 'field.chart',
  [URL_KEYS.controls]: 'field.controls',
  [URL_KEYS.theme]: 'theme.label',
  [URL_KEYS.lang]: 'app.language',
  [URL_KEYS.cur]: 'app.currency',
  dt: 'field.retired.dt',
  pt: 'field.retired.pt',
  bh: 'field.retired.bh',
};

/** A reader-facing name for a URL key or scenario field ('selections[2]', 'goods.autos.rateNow', ...). */
export function fieldName(t: Translate, key: string): string {
  const param = PARAM_BY_KEY.get(key);
  if (param) return t(`param.${param}.label`);
  const named = FIELD_NAMES[key];
  if (named) return t(named);
  const row = /^(selections|events)\[(\d+)\]$/.exec(key);
  if (row)
    return t('field.row', { table: fieldName(t, row[1] ?? ''), n: String(Number(row[2]) + 1) });
  const [group, id, part] = key.split('.');
  if (group === 'goods' && id) {
    const name = t(`goods.${id}` as MessageKey);
    return part ? t('field.goodsPart', { name, part: t(`field.${part}` as MessageKey) }) : name;
  }
  if (group === 'mix' && id) return t(`instrument.${id}` as MessageKey);
  if (group === 'sectors' && id) return t(`sector.${id}` as MessageKey);
  return key;
}

export function warningText(t: Translate, w: UrlWarning): string {
  const text = t(`notice.${w.kind}`, {
    key: fieldName(t, w.key),
    value: w.received ?? '',
    becomes: w.becomes ?? '',
    newKey: w.kind === 'rebased' ? fieldName(t, PARAM_URL_KEYS.threatRateAnnual) : '',
  });
  return w.pinned ? t('notice.inPinned', { text }) : text;
}

/** Shown one by one; past this many, the rest are counted ("and N more"). */
export const NOTICES_SHOWN = 5;

/** What changed since the link was made, and why (model, data, or both), with the split where known. */
export function changedText(t: Translate, fmt: Formatter, c: LinkChange): string {
  const why = c.model && c.data ? 'both' : c.model ? 'model' : c.data ? 'data' : 'neither';
  const versions = t(`notice.changed.${why}`, {
    oldModel: c.model?.from ?? '',
    newModel: c.model?.to ?? '',
    oldData: c.data?.from ?? '',
    newData: c.data?.to ?? '',
    oldAsOf: c.data?.fromAsOf ? fmt.date(c.data.fromAsOf) : '?',
    newAsOf: c.data ? fmt.date(c.data.toAsOf) : '',
  });
  const numbers = t('notice.changed.numbers', {
    oldCredited: fmt.money(c.old.creditedUsdBn),
    newCredited: fmt.money(c.now.creditedUsdBn),
    oldRisk: fmt.share(c.old.riskPercent / 100),
    newRisk: fmt.share(c.now.riskPercent / 100),
  });
  const join = (first: string, second: string) => t('summary.sentences', { first, second });
  if (!c.fromData) return join(versions, numbers);
  const signed = (x: number, f: (v: number) => string) => (x >= 0 ? `+${f(x)}` : `−${f(-x)}`);
  const points = (percent: number) => fmt.points(percent / 100, 1);
  const split = t('notice.changed.split', {
    creditedData: signed(c.fromData.creditedUsdBn, fmt.money),
    creditedModel: signed(
      c.now.creditedUsdBn - c.old.creditedUsdBn - c.fromData.creditedUsdBn,
      fmt.money,
    ),
    riskData: signed(c.fromData.riskPercent, points),
    riskModel: signed(c.now.riskPercent - c.old.riskPercent - c.fromData.riskPercent, points),
  });
  return join(versions, join(numbers, split));
}
