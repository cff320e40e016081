/**
 * Reads a chart card from the page (its SVG with the light theme's computed styles, and its
 * legend's keys) and composes the picture a desk can publish (chartExport.ts).
 */
import {
  composeChart,
  keyKind,
  type ExportParts,
  type ExportWidth,
  type LegendKey,
} from './chartExport';
import { inLightTheme } from './lightTheme';
import { standaloneSvg } from './standaloneSvg';

/** The legend keys of a chart card, with the colours they are drawn in. */
function legendKeys(figure: HTMLElement): LegendKey[] {
  return Array.from(figure.querySelectorAll<HTMLElement>('.legend li')).map((li) => {
    const key = li.querySelector<HTMLElement>('.key');
    const style = key ? getComputedStyle(key) : null;
    const kind = keyKind((c) => key?.classList.contains(c) ?? false);
    return {
      label: li.textContent?.trim() ?? '',
      color: style?.color ?? '#000000',
      kind,
      opacity: kind === 'box' ? Number(style?.opacity ?? 1) : 1,
    };
  });
}

/** The card's chart and legend as they look in the light theme. */
export function readFigure(figure: HTMLElement) {
  return inLightTheme(() => {
    const svg = figure.querySelector<SVGSVGElement>('svg[role="img"]');
    return svg ? { chart: standaloneSvg(svg, null), legend: legendKeys(figure) } : null;
  });
}

export function exportFigure(
  figure: HTMLElement,
  text: Omit<ExportParts, 'legend'>,
  width: ExportWidth,
) {
  const read = readFigure(figure);
  return read ? composeChart(read.chart, { ...text, legend: read.legend }, width) : null;
}
