/**
 * Where a marker's label goes: right of its line, or left of it where the right would run
 * past the plot's right edge (a range that ends at the deadline puts "Deadline" there).
 */
export interface LabelPlace {
  /** Left edge of the label's box relative to the line, px. */
  readonly left: number;
  /** Text x and anchor relative to the line. */
  readonly x: number;
  readonly anchor: 'start' | 'end';
}

export function labelPlace(lineX: number, width: number, plotWidth: number, gap = 4): LabelPlace {
  return lineX + gap + width > plotWidth && lineX - gap - width >= 0
    ? { left: -gap - width, x: -gap, anchor: 'end' }
    : { left: gap, x: gap, anchor: 'start' };
}

/** Whether a date's x lies on the plot (markers outside the months shown are not drawn). */
export const onPlot = (x: number, plotWidth: number): boolean => x >= -0.5 && x <= plotWidth + 0.5;
