/** The date a monthly value is plotted at: the last day of its month ('YYYY-MM'). */
export function monthEndDate(label: string): Date {
  const [y, m] = label.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2025, m ?? 1, 0));
}
