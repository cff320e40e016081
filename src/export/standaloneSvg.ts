/**
 * A chart's SVG as a file that stands alone: computed colours and fonts inlined (the page's
 * CSS does not travel), with the title above and the source line, date and link below.
 */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-linejoin',
  'stroke-opacity',
  'paint-order',
  'opacity',
  'font-size',
  'font-weight',
  'font-family',
] as const;
const HEADER = 34;
const FOOTER = 46;
const SVG_NS = 'http://www.w3.org/2000/svg';

function inlineStyles(source: Element, target: Element): void {
  const computed = getComputedStyle(source);
  target.setAttribute(
    'style',
    STYLE_PROPS.map((p) => `${p}:${computed.getPropertyValue(p)}`).join(';'),
  );
  const a = source.children;
  const b = target.children;
  for (let i = 0; i < a.length && i < b.length; i++) inlineStyles(a[i]!, b[i]!);
}

/** System fonts only, Japanese ones included (single quotes: styles sit in double-quoted attributes). */
export const SYSTEM_FONTS =
  "system-ui, 'Hiragino Sans', 'Yu Gothic UI', 'Noto Sans CJK JP', 'DejaVu Sans', IPAGothic, sans-serif";

/**
 * A text style in long-hand properties: every SVG renderer reads them (resvg, which draws the
 * build's preview images, does not read the `font` shorthand).
 */
export function textStyle(sizePx: number, fill: string, weight = 'normal'): string {
  return `font-family: ${SYSTEM_FONTS}; font-size: ${sizePx}px; font-weight: ${weight}; fill: ${fill}`;
}

function text(
  doc: Document,
  x: number,
  y: number,
  content: string,
  size: number,
  weight = 'normal',
): SVGTextElement {
  const el = doc.createElementNS(SVG_NS, 'text');
  el.setAttribute('x', String(x));
  el.setAttribute('y', String(y));
  el.setAttribute('style', textStyle(size, '#1b1f24', weight));
  el.textContent = content;
  return el;
}

export interface Caption {
  readonly title: string;
  /** e.g. "pledge-explorer: a stylised projection, not a forecast" */
  readonly source: string;
  readonly date: string;
  readonly url: string;
}

/**
 * Returns the SVG file's text and its size in px.
 * @param caption Title above; source, date and link below. null for the bare chart.
 */
export function standaloneSvg(
  svg: SVGSVGElement,
  caption: Caption | null,
): { text: string; width: number; height: number } {
  const width = Number(svg.getAttribute('width')) || svg.clientWidth || 640;
  const height = Number(svg.getAttribute('height')) || svg.clientHeight || 320;
  const header = caption ? HEADER : 0;
  const total = height + header + (caption ? FOOTER : 0);
  const clone = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, clone);
  clone.setAttribute('y', String(header));
  clone.removeAttribute('style');
  const doc = svg.ownerDocument;
  const out = doc.createElementNS(SVG_NS, 'svg');
  out.setAttribute('xmlns', SVG_NS);
  out.setAttribute('width', String(width));
  out.setAttribute('height', String(total));
  out.setAttribute('viewBox', `0 0 ${width} ${total}`);
  const bg = doc.createElementNS(SVG_NS, 'rect');
  bg.setAttribute('width', String(width));
  bg.setAttribute('height', String(total));
  bg.setAttribute('fill', '#ffffff');
  out.append(bg, clone);
  if (caption) {
    out.append(text(doc, 8, 22, caption.title, 16, '600'));
    out.append(text(doc, 8, header + height + 18, `${caption.source} · ${caption.date}`, 11));
    out.append(text(doc, 8, header + height + 34, caption.url, 11));
  }
  return { text: new XMLSerializer().serializeToString(out), width, height: total };
}
