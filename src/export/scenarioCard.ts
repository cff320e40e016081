/**
 * The "scenario card": one 1200 x 630 image for social posts (the Open Graph size) with the
 * title, the scenario's name, the headline answers with their ranges, the money chart, a QR
 * code of the link beside the link itself, the sources and the data's date. Light theme,
 * whatever the page's.
 */
import { textStyle } from './standaloneSvg';
import { svgPicture, wrapLink, type ChartPicture, type LegendKey } from './chartExport';
import { columns, wrapBy, wrapToWidth } from '../charts/textFit';

export const CARD = { width: 1200, height: 630 } as const;
const PAD = 40;
const INK = '#1b1f24';
const MUTED = '#555e69';
/** The space between two answers' columns, px. */
const ANSWER_GAP = 24;
/** The smallest QR code drawn (a long link's code, some 80 modules a side, stays legible). */
export const QR_MIN_PX = 110;

/** Splits text into lines of at most `perLine` columns (a full-width character takes two). */
export function wrap(text: string, perLine: number): string[] {
  return wrapBy(text, (line) => columns(line) <= perLine);
}

const escape = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
const text = (x: number, y: number, s: string, size: number, fill = INK, weight = 'normal') =>
  `<text x="${x}" y="${y}" style="${textStyle(size, fill, weight)}">${escape(s)}</text>`;

export interface CardAnswer {
  readonly label: string;
  readonly value: string;
  readonly detail: string;
}

export interface CardText {
  readonly title: string;
  /** The preset's name, or "Custom scenario". */
  readonly scenario: string;
  readonly answers: readonly CardAnswer[];
  readonly url: string;
  readonly sources: string;
  /** The data's release and date, and the day the card was made. */
  readonly dataLine: string;
  /** The line that ends a legend too long for the card: how many keys it leaves out. */
  readonly moreKeys: (n: number) => string;
}

/** A QR code as an SVG group: `isDark(row, col)` over `size` modules, drawn `px` wide. */
export function qrSvg(
  size: number,
  isDark: (r: number, c: number) => boolean,
  x: number,
  y: number,
  px: number,
): string {
  const cell = px / (size + 2);
  const rects: string[] = [];
  for (let r = 0; r < size; r++)
    for (let c = 0; c < size; c++)
      if (isDark(r, c))
        rects.push(`M${(c + 1) * cell} ${(r + 1) * cell}h${cell}v${cell}h-${cell}z`);
  return `<g transform="translate(${x},${y})"><rect width="${px}" height="${px}" fill="#ffffff"/><path d="${rects.join('')}" fill="${INK}"/></g>`;
}

/** The right column's width: the chart's legend, then the QR code below it. */
const SIDE = 230;

/**
 * Where a card's parts go for its words: the title's lines, the answers' row (each label and
 * detail wrapped to its column, two lines at most: a Japanese label is longer than a column;
 * the row as tall as the tallest answer), and below it the chart, above the foot.
 */
function layout(t: CardText) {
  const titleLines = wrap(t.title, 70).slice(0, 2);
  const answerTop = PAD + 30 * titleLines.length + 26 + 18;
  const answerWidth = (CARD.width - 2 * PAD) / Math.max(1, t.answers.length);
  const inColumn = (s: string, size: number) =>
    wrapToWidth(s, answerWidth - ANSWER_GAP, size).slice(0, 2);
  const labels = t.answers.map((a) => inColumn(a.label, 15));
  const details = t.answers.map((a) => inColumn(a.detail, 14));
  const labelDrop = 18 * (Math.max(1, ...labels.map((l) => l.length)) - 1);
  const detailDrop = 16 * (Math.max(1, ...details.map((l) => l.length)) - 1);
  const chartTop = answerTop + 90 + labelDrop + detailDrop;
  const footTop = CARD.height - 64;
  /** The room for the chart, left of the legend's column and above the foot. */
  const room = { width: CARD.width - 2 * PAD - SIDE - 16, height: footTop - chartTop - 8 };
  return {
    titleLines,
    answerTop,
    answerWidth,
    labels,
    details,
    labelDrop,
    chartTop,
    footTop,
    room,
  };
}

/** The room for the chart on a card with these words, px. */
export function chartArea(t: CardText): { width: number; height: number } {
  return layout(t).room;
}

/**
 * The width to draw a chart `chartHeight` px tall at for a card with these words: scaled to the
 * card, it then fills its room, whatever the screen it was made on (drawn at the screen's width,
 * a phone's chart filled a third of it).
 */
export function cardChartWidth(t: CardText, chartHeight: number): number {
  const area = chartArea(t);
  return Math.floor((area.width * chartHeight) / area.height);
}

/** The legend's sizes, largest first (type, a key's row, a wrapped label's next line), px. */
export const KEY_SIZES = [
  { font: 13, row: 22, line: 16 },
  { font: 12, row: 18, line: 14 },
  { font: 11, row: 15, line: 13 },
] as const;

/**
 * The legend's keys placed down its column from `top` (the first key's baseline): in the largest
 * of KEY_SIZES at which every key ends above `bottom` (a descender's room below its last line);
 * else in the smallest, as many as leave room for a line that says how many are `hidden` (a
 * reader's own events, each with its key, can make a legend longer than any card). Each label
 * wrapped to the column, two lines at most, the second ending in "…" where it goes on. `next`:
 * where a key after the last would go.
 */
export function legendLayout(legend: readonly LegendKey[], top: number, bottom: number) {
  let placed: { key: LegendKey; y: number; lines: string[] }[] = [];
  for (const size of KEY_SIZES) {
    placed = [];
    let next = top;
    for (const key of legend) {
      const wrapped = wrapToWidth(key.label, SIDE - 30, size.font);
      const lines = wrapped.length > 2 ? [wrapped[0]!, `${wrapped[1]}…`] : wrapped;
      placed.push({ key, y: next, lines });
      next += size.row + size.line * (lines.length - 1);
    }
    if (end(placed, size, top) <= bottom) return { size, placed, next, hidden: 0 };
  }
  const size = KEY_SIZES[KEY_SIZES.length - 1]!;
  while (placed.length > 0 && end(placed, size, top) + size.row > bottom) placed.pop();
  const next = placed.length ? end(placed, size, top) - 4 + size.row : top;
  return { size, placed, next, hidden: legend.length - placed.length };
}

/** Where the last key's last line ends, a descender's room below its baseline. */
function end(
  placed: readonly { y: number; lines: readonly string[] }[],
  size: (typeof KEY_SIZES)[number],
  top: number,
): number {
  const last = placed.at(-1);
  return last ? last.y + size.line * (last.lines.length - 1) + 4 : top;
}

/** The card as an SVG file's text and size; `chart` is the money chart, `qr` the link's code. */
export function scenarioCard(
  chart: ChartPicture | null,
  legend: readonly LegendKey[],
  t: CardText,
  qr: { size: number; isDark: (r: number, c: number) => boolean } | null,
): ChartPicture {
  const { width, height } = CARD;
  const out: string[] = [];
  const {
    titleLines,
    answerTop,
    answerWidth,
    labels,
    details,
    labelDrop,
    chartTop,
    footTop,
    room,
  } = layout(t);
  let y = PAD;
  for (const line of titleLines) {
    y += 30;
    out.push(text(PAD, y, line, 26, INK, '700'));
  }
  y += 26;
  out.push(text(PAD, y, t.scenario, 18, MUTED));
  t.answers.forEach((a, i) => {
    const x = PAD + i * answerWidth;
    labels[i]?.forEach((line, k) => out.push(text(x, answerTop + 16 + 18 * k, line, 15, MUTED)));
    out.push(text(x, answerTop + 52 + labelDrop, a.value, 36, INK, '700'));
    details[i]?.forEach((line, k) =>
      out.push(text(x, answerTop + 74 + labelDrop + 16 * k, line, 14, MUTED)),
    );
  });
  // Every key of the chart's legend (a stacked chart's 17, and one for each event's window), each
  // label wrapped to the column (two lines at most), the next key below it, in the largest size
  // they all fit; else as many as fit, and how many are left out.
  const keys = legendLayout(legend, chartTop + 12, height - 16);
  const x = width - PAD - SIDE;
  for (const { key: k, y, lines } of keys.placed) {
    out.push(
      k.kind === 'box'
        ? `<rect x="${x}" y="${y - 10}" width="22" height="11" fill="${k.color}" fill-opacity="${k.opacity}"/>`
        : `<line x1="${x}" x2="${x + 22}" y1="${y - 4}" y2="${y - 4}" stroke="${k.color}" stroke-width="3"${k.kind === 'dash' ? ' stroke-dasharray="5 4"' : k.kind === 'dot' ? ' stroke-dasharray="0.1 5" stroke-linecap="round"' : ''}/>`,
    );
    lines.forEach((line, n) =>
      out.push(text(x + 30, y + keys.size.line * n, line, keys.size.font, INK)),
    );
  }
  if (keys.hidden > 0) {
    out.push(text(x, keys.next, t.moreKeys(keys.hidden), keys.size.font, MUTED));
  }
  const keyY = keys.next + (keys.hidden > 0 ? keys.size.row : 0);
  if (chart) {
    const scale = Math.min(room.width / chart.width, room.height / chart.height);
    const body = chart.text.replace(/^<svg[^>]*>|<\/svg>\s*$/g, '');
    out.push(
      `<svg x="${PAD}" y="${chartTop}" width="${chart.width * scale}" height="${chart.height * scale}" viewBox="0 0 ${chart.width} ${chart.height}">${body}</svg>`,
    );
  }
  // The QR code in the column's foot, below the last key (it had covered the money chart's last
  // ones), as large as the room left, up to 150 px; the link below the chart is cut short of it.
  const qrPx = Math.min(150, height - 16 - (keyY - 6));
  if (qr && qrPx >= QR_MIN_PX)
    out.push(qrSvg(qr.size, qr.isDark, width - PAD - qrPx, height - 16 - qrPx, qrPx));
  const sources = wrapToWidth(t.sources, width - 2 * PAD - SIDE, 13);
  out.push(
    text(PAD, footTop + 18, sources.length > 1 ? `${sources[0]}…` : (sources[0] ?? ''), 13, MUTED),
  );
  out.push(text(PAD, footTop + 36, t.dataLine, 13, MUTED));
  const link = wrapLink(t.url, width - 2 * PAD - SIDE - 16, 13);
  out.push(
    text(PAD, footTop + 54, link.length > 1 ? `${link[0]}…` : (link[0] ?? ''), 13, '#0b62a4'),
  );
  return svgPicture(width, height, out);
}
