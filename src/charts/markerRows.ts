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
