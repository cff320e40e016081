/**
 * Reads a chart card from the page (its SVG with the light theme's computed styles, and its
 * legend's keys) and composes the picture a desk can publish (chartExport.ts).
 */
import {
  PICTURE_CHART_PX,
  composeChart,
  keyKind,
  type ExportParts,
  type ExportWidth,
  type LegendKey,
} from './chartExport';
import { flushSync } from 'svelte';
import { inLightTheme } from './lightTheme';
import { standaloneSvg } from './standaloneSvg';
import type { DrawableBox } from '../charts/SvgBox.svelte';

/**
 * `read()` with the card's chart drawn at `width` px, then drawn again at its box's width: one
 * task, no frame painted in between, so the page does not move.
 */
export function drawnAt<T>(figure: HTMLElement, width: number, read: () => T): T {
  const box = figure.querySelector('svg[role="img"]')?.parentElement as DrawableBox | null;
  if (!box?.drawAt) return read();
  box.drawAt(width);
  flushSync();
  try {
    return read();
  } finally {
    box.drawAt(0);
    flushSync();
  }
}

/** The legend keys of a chart card, with the colours they are drawn in. */
function legendKeys(figure: HTMLElement): LegendKey[] {
  return (
    Array.from(figure.querySelectorAll<HTMLElement>('.legend li'))
      // (A past window's key is read from the window itself, as a picture draws it: below.)
      .filter((li) => !li.querySelector('.window'))
      .map((li) => {
        const key = li.querySelector<HTMLElement>('.key');
        const style = key ? getComputedStyle(key) : null;
        const kind = keyKind((c) => key?.classList.contains(c) ?? false);
        return {
          label: li.textContent?.trim() ?? '',
          color: style?.color ?? '#000000',
          kind,
          opacity: kind === 'box' ? Number(style?.opacity ?? 1) : 1,
        };
      })
  );
}

/**
 * A key for each dated event's window the chart shades without naming it (one over by the
 * data's date), so that a picture shows no band it does not explain: read from the window as
 * it is shaded (the card's own key for it, annotations.ts `pastKeys`, is outlined to show on
 * the page).
 */
function pastWindowKeys(figure: HTMLElement): LegendKey[] {
  const keys = new Map<string, LegendKey>();
  for (const g of figure.querySelectorAll('svg[role="img"] g.window.past')) {
    const rect = g.querySelector('rect');
    const style = rect ? getComputedStyle(rect) : null;
    const label = g.querySelector('title')?.textContent?.trim() ?? '';
    // Once per name, as the card's key names them.
    if (!keys.has(label))
      keys.set(label, {
        label,
        color: style?.fill ?? '#000000',
        kind: 'box',
        opacity: Number(style?.opacity ?? 1),
      });
  }
  return [...keys.values()];
}

/** The card's chart and legend as they look in the light theme. */
export function readFigure(figure: HTMLElement) {
  return inLightTheme(() => {
    const svg = figure.querySelector<SVGSVGElement>('svg[role="img"]');
    return svg
      ? {
          chart: standaloneSvg(svg, null),
          legend: [...legendKeys(figure), ...pastWindowKeys(figure)],
        }
      : null;
  });
}

export function exportFigure(
  figure: HTMLElement,
  text: Omit<ExportParts, 'legend'>,
  width: ExportWidth,
) {
  const read = drawnAt(figure, PICTURE_CHART_PX, () => readFigure(figure));
  return read ? composeChart(read.chart, { ...text, legend: read.legend }, width) : null;
}
