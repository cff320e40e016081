/**
 * The "scenario card": one image for social posts with the title, the plain-language
 * summary, the money chart, the link and the sources.
 */
import { SYSTEM_FONTS, standaloneSvg } from './standaloneSvg';
import { columns, wrapBy } from '../charts/textFit';

const WIDTH = 1200;
const FONTS = SYSTEM_FONTS;
const TITLE = { chars: 64, line: 34, style: `font: 700 26px ${FONTS}; fill: #1b1f24` };
const BODY = { chars: 92, line: 26, style: `font: 18px ${FONTS}; fill: #1b1f24` };
const NOTE = `font: 14px ${FONTS}`;

/** Splits text into lines of at most `perLine` columns (a full-width character takes two). */
export function wrap(text: string, perLine: number): string[] {
  return wrapBy(text, (line) => columns(line) <= perLine);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const textLines = (lines: readonly string[], top: number, step: number, style: string) =>
  lines
    .map((l, i) => `<text x="40" y="${top + i * step}" style="${style}">${escape(l)}</text>`)
    .join('\n');

export interface CardText {
  readonly title: string;
  readonly summary: string;
  readonly url: string;
  readonly sources: string;
  readonly date: string;
}

/** The card as an SVG file's text and size; the chart comes from the page's money chart. */
export function scenarioCard(
  chart: SVGSVGElement | null,
  text: CardText,
): { text: string; width: number; height: number } {
  const title = wrap(text.title, TITLE.chars);
  const summary = wrap(text.summary, BODY.chars);
  const summaryTop = 44 + title.length * TITLE.line;
  const chartTop = summaryTop + summary.length * BODY.line + 10;
  const bare = chart ? standaloneSvg(chart, null) : null;
  const chartHeight = bare ? (bare.height * (WIDTH - 80)) / bare.width : 0;
  const height = Math.round(chartTop + chartHeight + 70);
  const chartSvg = bare
    ? `<svg x="40" y="${chartTop}" width="${WIDTH - 80}" height="${chartHeight}" viewBox="0 0 ${bare.width} ${bare.height}">${bare.text.replace(/^<svg[^>]*>|<\/svg>$/g, '')}</svg>`
    : '';
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${WIDTH}" height="${height}" viewBox="0 0 ${WIDTH} ${height}">`,
    `<rect width="${WIDTH}" height="${height}" fill="#ffffff"/>`,
    textLines(title, 44, TITLE.line, TITLE.style),
    textLines(summary, summaryTop + 6, BODY.line, BODY.style),
    chartSvg,
    `<text x="40" y="${height - 38}" style="${NOTE}; fill: #555e69">${escape(`${text.sources} · ${text.date}`)}</text>`,
    `<text x="40" y="${height - 16}" style="${NOTE}; fill: #0b62a4">${escape(text.url)}</text>`,
    '</svg>',
  ].join('\n');
  return { text: svg, width: WIDTH, height };
}
