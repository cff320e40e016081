/**
 * A chart card's downloads (src/charts/ChartCard.svelte): what they say beyond the chart (a
 * picture's subtitle, the scenario's name and the units, and footer, a CSV's header lines) and
 * how each is made. Loaded with the export code on a reader's first download, once the whole
 * catalogue is in: an embed starts with only the words it shows.
 */
import { tick } from 'svelte';
import { sourceLine, type ExportParts, type ExportWidth } from './chartExport';
import { toCsv, type CsvTable } from './csv';
import { exportFigure } from './exportFigure';
import { download, svgToPng } from './download';
import type { Formatter } from '../i18n/format';
import type { Translate } from '../i18n/translate';
import type { Scenario } from '../model';
import { DATA_AS_OF, DATA_VERSION } from '../data/dataVersion';
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
      sourceLine(t),
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

/** A card, as its downloads need it. */
export interface CardFiles {
  /** The card's id: the files' name. */
  readonly id: string;
  readonly title: string;
  readonly unitNote: string;
  readonly data: CsvTable;
  /** Multiplies the values in the CSV into the unit the note names. */
  readonly csvFactor: number;
  readonly scenario: Scenario;
  /** A link to this chart at this scenario. */
  readonly url: string;
  /** The card's figure, once drawn. */
  readonly figure: HTMLElement | undefined;
  /** Whether the card shows its table (a picture is of the chart: it shows the chart first). */
  readonly asTable: boolean;
}

/** A picture of the card at `width` px, or null while it has no figure. */
function picture(t: Translate, fmt: Formatter, card: CardFiles, width: ExportWidth) {
  if (!card.figure) return null;
  return exportFigure(card.figure, pictureText(t, fmt, card), width);
}

/** Makes and downloads one of a card's files: a picture at 600 px (SVG, PNG), at 1200 px (PNG), or its data (CSV). */
export async function saveCard(
  t: Translate,
  fmt: Formatter,
  card: CardFiles,
  kind: 'svg' | 'png' | 'png-wide' | 'csv',
  showChart: () => void,
): Promise<void> {
  const { id, data, csvFactor } = card;
  if (kind === 'csv') {
    const columns = data.columns.map((c) => ({
      label: c.label,
      values: c.values.map((v) => v * csvFactor),
    }));
    const csv = toCsv(
      { ...data, columns },
      { unitNote: card.unitNote, lines: csvLines(t, fmt, location.href) },
    );
    // With a byte-order mark: a spreadsheet opened on it (Excel on Windows) then reads it as
    // UTF-8, not its own code page, which garbled every Japanese label and the English ones' ’.
    download(`pledge-explorer-${id}.csv`, `\uFEFF${csv}`, 'text/csv');
    return;
  }
  if (card.asTable) showChart();
  await tick();
  const width = kind === 'png-wide' ? 1200 : 600;
  const file = await picture(t, fmt, card, width);
  if (!file) return;
  if (kind === 'svg') download(`pledge-explorer-${id}.svg`, file.text, 'image/svg+xml');
  else
    download(
      `pledge-explorer-${id}-${width}.png`,
      await svgToPng(file.text, file.width, file.height, 1),
    );
}
