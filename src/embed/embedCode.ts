/**
 * The snippet a newsroom pastes: our iframe, the host script, a fixed-height fallback and,
 * for places where frames or scripts do not run, a no-script link (with a static picture of
 * the chart when the scenario is an unchanged preset: embed/fallback.ts).
 */
export interface EmbedCodeInput {
  /** The embed's full URL (with embed=1). */
  readonly src: string;
  /** The host script's URL. */
  readonly script: string;
  /** The full explorer's URL, for readers without JavaScript. */
  readonly fullUrl: string;
  readonly title: string;
  /** Width in px; 0 means the full width of the column. */
  readonly widthPx: number;
  /** Height before the frame sizes itself, in px (also the fallback without the script). */
  readonly heightPx: number;
  readonly noscriptText: string;
  /** The static picture (absolute URL) and its text alternative, if there is one. */
  readonly fallback?: { readonly src: string; readonly alt: string } | null;
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedCode(x: EmbedCodeInput): string {
  const width = x.widthPx > 0 ? `${Math.round(x.widthPx)}px` : '100%';
  return [
    `<iframe data-pledge-explorer src="${attr(x.src)}" title="${attr(x.title)}" loading="lazy"`,
    `  style="border:0;width:${width};max-width:100%;height:${Math.round(x.heightPx)}px"></iframe>`,
    `<script src="${attr(x.script)}" async></script>`,
    x.fallback
      ? `<noscript><a href="${attr(x.fullUrl)}"><img src="${attr(x.fallback.src)}" alt="${attr(x.fallback.alt)}" width="600" style="max-width:100%;height:auto"><br>${attr(x.noscriptText)}</a></noscript>`
      : `<noscript><a href="${attr(x.fullUrl)}">${attr(x.noscriptText)}</a></noscript>`,
  ].join('\n');
}
