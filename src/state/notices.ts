/** Plain-language notices for what reading a link changed or ignored; always plain text. */
import { PARAM_KEYS, type ParamKey } from '../data/params';
import type { Translate } from '../i18n/translate';
import type { Formatter } from '../i18n/format';
import type { Stamp } from './stamp';
import type { UrlWarning } from './url';
import { PARAM_URL_KEYS } from './urlKeys';
import { MODEL_VERSION } from '../data/version';

const PARAM_BY_KEY = new Map<string, ParamKey>(
  PARAM_KEYS.flatMap((k) => [[k, k] as const, [PARAM_URL_KEYS[k], k] as const]),
);

/** A reader-facing name for a URL key or scenario field. */
function fieldName(t: Translate, key: string): string {
  const param = PARAM_BY_KEY.get(key);
  return param ? t(`param.${param}.label`) : key;
}

export function warningText(t: Translate, w: UrlWarning): string {
  return t(`notice.${w.kind}`, { key: fieldName(t, w.key), value: w.received ?? '' });
}

export function changedText(
  t: Translate,
  fmt: Formatter,
  oldModel: string | null,
  old: Stamp,
  now: Stamp,
): string {
  return t('notice.changed', {
    oldModel: oldModel ?? '?',
    newModel: MODEL_VERSION,
    oldCredited: fmt.money(old.creditedUsdBn),
    newCredited: fmt.money(now.creditedUsdBn),
    oldRisk: fmt.share(old.riskPercent / 100),
    newRisk: fmt.share(now.riskPercent / 100),
  });
}
