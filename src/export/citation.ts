/** "Cite this": the scenario's citation, with the model and data versions and the link. */
import { DATA_AS_OF, DATA_VERSION } from '../data/dataVersion';
import { MODEL_VERSION } from '../model';
import type { Formatter } from '../i18n/format';
import type { Translate } from '../i18n/translate';

export function citation(
  t: Translate,
  fmt: Formatter,
  scenario: string,
  url: string,
  today: string,
): string {
  return t('cite.text', {
    model: MODEL_VERSION,
    data: DATA_VERSION,
    asOf: fmt.date(DATA_AS_OF),
    scenario,
    url,
    accessed: fmt.date(today),
  });
}
