/**
 * Exact Shapley values over n players from the value of every coalition (a bit mask): each
 * player's average marginal effect over every order in which the players could join. They
 * add up to value(all) - value(none), and a player that never changes the value gets 0.
 */
export function exactShapley(value: (mask: number) => number, n: number): number[] {
  const v = Array.from({ length: 1 << n }, (_, mask) => value(mask));
  const factorial = [1];
  for (let i = 1; i <= n; i++) factorial.push((factorial[i - 1] ?? 1) * i);
  const phi = new Array<number>(n).fill(0);
  for (let mask = 0; mask < 1 << n; mask++) {
    let size = 0;
    for (let m = mask; m; m &= m - 1) size++;
    const weight = ((factorial[size] ?? 1) * (factorial[n - size - 1] ?? 1)) / (factorial[n] ?? 1);
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) continue;
      phi[i] = (phi[i] ?? 0) + weight * ((v[mask | (1 << i)] ?? 0) - (v[mask] ?? 0));
    }
  }
  return phi;
}
