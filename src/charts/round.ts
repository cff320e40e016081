/** Pixel positions to 0.1 px: stable SVG snapshots, no visible difference. */
export function px(value: number): number {
  return Math.round(value * 10) / 10;
}
