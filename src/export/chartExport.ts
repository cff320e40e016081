/**
 * A chart as a picture a desk can publish (issue 14): at a standard width (600 or 1200 px),
 * in the light theme whatever the page's, with its title, the scenario's name, the units, a
 * legend with the series' own colours and dashes, the sources, the data's release and date,
 * the day it was made and the link (wrapped, never off the edge).
 */
import { estimateWidth, wrapToWidth } from '../charts/textFit';
import { textStyle } from './standaloneSvg';
import type { Translate } from '../i18n/translate';

export interface LegendKey {
  readonly label: string;
  /** CSS colour of the swatch. */
  readonly color: string;
  /** `dot`: the defaults' dotted line (a `dash` key of series `baseline` on the page). */
  readonly kind: 'line' | 'dash' | 'dot' | 'box';
  readonly opacity: number;
}

export interface ExportParts {
  readonly title: string;
  /** The scenario's name and the units, under the title. */
  readonly subtitle: string;
  readonly legend: readonly LegendKey[];
  /** Sources, the data's release and date, the day it was made. */
  readonly footer: readonly string[];
  readonly url: string;
}

/** A chart's own SVG, styles inlined, as standalone markup with its size. */
export interface ChartPicture {
  readonly text: string;
  readonly width: number;
  readonly height: number;
}

export const EXPORT_WIDTHS = [600, 1200] as const;
/** A picture's margin at 600 px, px (scaled with its width). */
const PAD = 16;
/**
 * The width a picture's chart is drawn at, px: the picture's own at 600 px inside its margins,
 * and the same, doubled, at 1200 px. So its text has the size of the picture's legend whatever
 * the screen it was made on (drawn at the screen's width and scaled to fit, a chart's axis
 * labels were 20 px from a phone and 7 px from a wide screen).
 */
export const PICTURE_CHART_PX = 600 - 2 * PAD;
export type ExportWidth = (typeof EXPORT_WIDTHS)[number];

const INK = '#1b1f24';
const MUTED = '#555e69';
const LINK = '#0b62a4';
const escape = (s: string) =>
  s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * A legend key's kind from its element's classes (a chart card's `.key`): a box, a line, a
 * dashed line, or the defaults' dotted one (a dashed key of series `baseline`).
 */
export function keyKind(has: (name: string) => boolean): LegendKey['kind'] {
  if (has('box')) return 'box';
  if (!has('dash')) return 'line';
  return has('baseline') ? 'dot' : 'dash';
}

/** Every download's source line: the project's caveat, then its sources. */
export const sourceLine = (t: Translate) =>
  t('export.sourceLine', {
    source: t('export.source'),
    sources: t('export.csvSources', { sources: t('export.sources') }),
  });

/** A link cut into lines that fit (links have no spaces to wrap at). */
export function wrapLink(url: string, widthPx: number, fontPx: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of url) {
    if (line && estimateWidth(line + ch, fontPx) > widthPx) {
      lines.push(line);
      line = '';
    }
    line += ch;
  }
  return line ? [...lines, line] : lines;
}

/** Places legend keys left to right, wrapping: each key's x and row. */
export function legendLayout(
  keys: readonly LegendKey[],
  widthPx: number,
  fontPx: number,
): { x: number; row: number; key: LegendKey }[] {
  const swatch = fontPx * 1.6;
  const gap = fontPx * 0.5;
  const spacing = fontPx * 1.4;
  let x = 0;
  let row = 0;
  return keys.map((key) => {
    const w = swatch + gap + estimateWidth(key.label, fontPx);
    if (x > 0 && x + w > widthPx) {
      x = 0;
      row++;
    }
    const placed = { x, row, key };
    x += w + spacing;
    return placed;
  });
}

function swatch(k: LegendKey, x: number, y: number, size: number): string {
  const w = size * 1.6;
  if (k.kind === 'box')
    return `<rect x="${x}" y="${y - size * 0.7}" width="${w}" height="${size * 0.8}" fill="${k.color}" fill-opacity="${k.opacity}"/>`;
  const dash =
    k.kind === 'dash'
      ? ` stroke-dasharray="${size / 3} ${size / 4}"`
      : k.kind === 'dot'
        ? ` stroke-dasharray="0.1 ${size / 3}" stroke-linecap="round"`
        : '';
  return `<line x1="${x}" x2="${x + w}" y1="${y - size * 0.3}" y2="${y - size * 0.3}" stroke="${k.color}" stroke-width="${size / 4}"${dash}/>`;
}

export function composeChart(
  chart: ChartPicture,
  parts: ExportParts,
  width: ExportWidth,
): ChartPicture {
  const s = width / 600;
  const pad = PAD * s;
  const inner = width - 2 * pad;
  const font = { title: 18 * s, sub: 12 * s, legend: 12 * s, foot: 10.5 * s };
  const text = (
    x: number,
    y: number,
    content: string,
    size: number,
    fill: string,
    weight = 'normal',
  ) => `<text x="${x}" y="${y}" style="${textStyle(size, fill, weight)}">${escape(content)}</text>`;
  const out: string[] = [];
  let y = pad;
  for (const line of wrapToWidth(parts.title, inner, font.title)) {
    y += font.title * 1.25;
    out.push(text(pad, y, line, font.title, INK, '600'));
  }
  for (const line of wrapToWidth(parts.subtitle, inner, font.sub)) {
    y += font.sub * 1.4;
    out.push(text(pad, y, line, font.sub, MUTED));
  }
  const legend = legendLayout(parts.legend, inner, font.legend);
  const rows = legend.reduce((n, l) => Math.max(n, l.row + 1), 0);
  const legendTop = y + font.legend * 0.6;
  for (const { x, row, key } of legend) {
    const ly = legendTop + (row + 1) * font.legend * 1.5;
    out.push(swatch(key, pad + x, ly, font.legend));
    out.push(text(pad + x + font.legend * 2.1, ly, key.label, font.legend, INK));
  }
  y = legendTop + rows * font.legend * 1.5 + 8 * s;
  const chartHeight = (chart.height * inner) / chart.width;
  const body = chart.text.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '');
  out.push(
    `<svg x="${pad}" y="${y}" width="${inner}" height="${chartHeight}" viewBox="0 0 ${chart.width} ${chart.height}">${body}</svg>`,
  );
  y += chartHeight + 6 * s;
  for (const part of parts.footer)
    for (const line of wrapToWidth(part, inner, font.foot)) {
      y += font.foot * 1.45;
      out.push(text(pad, y, line, font.foot, MUTED));
    }
  for (const line of wrapLink(parts.url, inner, font.foot)) {
    y += font.foot * 1.45;
    out.push(text(pad, y, line, font.foot, LINK));
  }
  return svgPicture(width, Math.ceil(y + pad), out);
}

/** A standalone picture: an SVG document of this size on a white ground, holding `body`. */
export function svgPicture(width: number, height: number, body: readonly string[]): ChartPicture {
  return {
    width,
    height,
    text: [
      `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
      `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
      ...body,
      '</svg>',
    ].join('\n'),
  };
}
