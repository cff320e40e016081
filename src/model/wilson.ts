/**
 * The Wilson score interval for a share estimated from n independent draws: how far the
 * Monte Carlo's share of paths could be from its limit by sampling alone (z = 1.96: 95%).
 */
export function wilsonInterval(share: number, n: number, z = 1.96): [number, number] {
  if (n <= 0) return [0, 1];
  const z2 = z * z;
  const centre = (share + z2 / (2 * n)) / (1 + z2 / n);
  const half = (z * Math.sqrt((share * (1 - share)) / n + z2 / (4 * n * n))) / (1 + z2 / n);
  return [Math.max(0, centre - half), Math.min(1, centre + half)];
}
