/**
 * What a chart card's downloads say beyond the chart (src/charts/ChartCard.svelte): a picture's
 * subtitle (the scenario's name, the units) and footer, a CSV's header lines. Loaded with the
 * export code on a reader's first download, once the whole catalogue is in: an embed starts with
 * only the words it shows.
 */
import type { ExportParts } from './chartExport';
import type { Formatter } from '../i18n/format';
import type { Translate } from '../i18n/translate';
import type { Scenario } from '../model';
import { DATA_AS_OF, DATA_VERSION } from '../data/release';
import { presetOf } from '../state/presetOf';

const today = () => new Date().toISOString().slice(0, 10);

/** What every export says of its data: the release and the day it was checked through. */
const dataLine = (t: Translate, fmt: Formatter) =>
  t('export.data', { version: DATA_VERSION, date: fmt.date(DATA_AS_OF) });

/** The scenario's name: its preset's, or "custom". */
function scenarioName(t: Translate, scenario: Scenario): string {
  const preset = presetOf(scenario);
  return preset ? t(`preset.${preset}.name`) : t('presets.customScenario');
}

/** A picture's words: the title, the scenario and units under it, the sources and dates, the link. */
export function pictureText(
  t: Translate,
  fmt: Formatter,
  chart: { title: string; unitNote: string; scenario: Scenario; url: string },
): Omit<ExportParts, 'legend'> {
  return {
    title: chart.title,
    subtitle: t('export.subtitle', {
      scenario: scenarioName(t, chart.scenario),
      units: chart.unitNote,
    }),
    footer: [
      `${t('export.source')}. ${t('export.csvSources', { sources: t('export.sources') })}`,
      `${dataLine(t, fmt)} · ${t('export.csvMade', { date: fmt.date(today()) })}`,
    ],
    url: chart.url,
  };
}

/** A CSV's header lines after its title and units: the link, the sources, the data, the day. */
export function csvLines(t: Translate, fmt: Formatter, url: string): string[] {
  return [
    t('export.csvScenario', { url }),
    t('export.csvSources', { sources: t('export.sources') }),
    dataLine(t, fmt),
    t('export.csvMade', { date: today() }),
  ];
}
