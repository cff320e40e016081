/** The snippet a newsroom pastes: our iframe, the host script, a fixed-height fallback and a no-script link. */
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
}

const attr = (s: string) => s.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

export function embedCode(x: EmbedCodeInput): string {
  const width = x.widthPx > 0 ? `${Math.round(x.widthPx)}px` : '100%';
  return [
    `<iframe data-pledge-explorer src="${attr(x.src)}" title="${attr(x.title)}" loading="lazy"`,
    `  style="border:0;width:${width};max-width:100%;height:${Math.round(x.heightPx)}px"></iframe>`,
    `<script src="${attr(x.script)}" async></script>`,
    `<noscript><a href="${attr(x.fullUrl)}">${attr(x.noscriptText)}</a></noscript>`,
  ].join('\n');
}
