/**
 * Label rows for date markers: each label goes in the first row (from the top) where it does
 * not run into the label before it, so markers close in time stack rather than overlap.
 */
export interface Placed {
  readonly x: number;
  readonly row: number;
}

/** @param labels Each marker's x (px) and label width (px), in date order. */
export function markerRows(
  labels: readonly { x: number; width: number }[],
  maxRows: number,
  gapPx = 8,
): Placed[] {
  const rowEnds: number[] = [];
  return labels.map(({ x, width }) => {
    let row = rowEnds.findIndex((end) => end + gapPx <= x);
    if (row < 0)
      row = rowEnds.length < maxRows ? rowEnds.length : rowEnds.indexOf(Math.min(...rowEnds));
    rowEnds[row] = x + width;
    return { x, row };
  });
}

/**
 * Rows of marker labels are ROW_PX apart (src/charts/Markers.svelte): the 12 px type, its halo
 * (3 px each side, global.css) clear of the row above's letters (at 13 px a later row's halo cut
 * the feet of a Japanese label above it, and the descenders of an English one).
 */
export const ROW_PX = 15;

/**
 * What to raise a plot's top by (a factor on its highest value) so that value sits below the
 * first `rows` rows of marker labels, 2 px clear of the last one's halo, on a plot `plotPx` tall:
 * a label there (the deadline's, at the top right, over the required pace) no longer hides the
 * line it lies on. 1 for no rows, or a plot too short to give a quarter of its height to them.
 */
export function labelHeadroom(rows: number, plotPx: number): number {
  const clear = rows > 0 ? (rows - 1) * ROW_PX + 18 : 0;
  return clear > 0 && plotPx > 4 * clear ? plotPx / (plotPx - clear) : 1;
}

/** A label in its row: its left edge and its width, px. */
export interface RowLabel {
  readonly left: number;
  readonly width: number;
  readonly row: number;
}

/**
 * Where a marker's line at `x`, its label in row `own`, starts, px from the plot's top: below
 * the lowest row above its label's in which another marker's label lies across it (0 if none),
 * so the line shows neither through such a label nor between its words (a label's halo covers
 * its letters, not the gaps between them), and still reaches its own label. Rows are `rowPx`
 * apart, a row's type and halo reaching 16 px below its top (its descenders').
 */
export function lineTop(
  x: number,
  own: number,
  labels: readonly RowLabel[],
  rowPx: number,
): number {
  let top = 0;
  for (const { left, width, row } of labels)
    if (row < own && left < x && x < left + width) top = Math.max(top, row * rowPx + 16);
  return top;
}
