/**
 * A chart's data as CSV: a header block of `#` lines naming the chart, the scenario's link,
 * the sources and the date, then one row per period. Values are plain numbers (no units,
 * no grouping) so spreadsheets read them; text cells are quoted when they need it.
 */
export interface CsvTable {
  readonly title: string;
  readonly rowHeader: string;
  readonly rows: readonly string[];
  readonly columns: readonly { label: string; values: readonly number[] }[];
  /** Which row indexes to write; all rows when absent. */
  readonly indexes?: readonly number[];
}

export interface CsvContext {
  readonly unitNote: string;
  /** The header's other lines, in the reader's language: the link, the sources, the date. */
  readonly lines: readonly string[];
}

function cell(text: string): string {
  // A leading =, +, - or @ would be read as a formula by spreadsheets: quote it as text.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const number = (v: number): string => (Number.isFinite(v) ? String(Math.round(v * 1e6) / 1e6) : '');

export function toCsv(table: CsvTable, ctx: CsvContext): string {
  const header = [`# ${table.title}`, `# ${ctx.unitNote}`, ...ctx.lines.map((line) => `# ${line}`)];
  const indexes = table.indexes ?? table.rows.map((_, i) => i);
  const lines = [
    [table.rowHeader, ...table.columns.map((c) => c.label)].map(cell).join(','),
    ...indexes.map((i) =>
      [cell(table.rows[i] ?? ''), ...table.columns.map((c) => number(c.values[i] ?? NaN))].join(
        ',',
      ),
    ),
  ];
  return `${[...header.map((h) => h.replace(/[\r\n]+/g, ' ')), ...lines].join('\n')}\n`;
}
