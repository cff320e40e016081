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
