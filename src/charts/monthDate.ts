/** The date a monthly value is plotted at: the last day of its month ('YYYY-MM'). */
export function monthEndDate(label: string): Date {
  const [y, m] = label.split('-').map(Number);
  return new Date(Date.UTC(y ?? 2025, m ?? 1, 0));
}

/** A date from an ISO day 'YYYY-MM-DD'. */
export function isoDate(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** Indexes of the months shown in a chart's table: every December and the deadline month. */
export function tableIndexes(months: readonly string[], deadlineMonth: number): number[] {
  const out = months.flatMap((m, i) => (m.endsWith('-12') || i === deadlineMonth ? [i] : []));
  return out;
}
