// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { toCsv } from '../../src/export/csv';

const ctx = {
  unitNote: 'US$ bn, cumulative',
  lines: [
    'Scenario: https://example.org/?v=1&m=1',
    'Sources: White House; Reuters',
    'Made: 2026-11-22',
  ],
};

describe('toCsv', () => {
  test('writes the header block, the column names and one row per period', () => {
    const csv = toCsv(
      {
        title: 'How fast the money moves',
        rowHeader: 'Month',
        rows: ['2029-01', '2029-02'],
        columns: [{ label: 'Credited', values: [549.99999999, 550] }],
      },
      ctx,
    );
    expect(csv).toBe(
      '# How fast the money moves\n# US$ bn, cumulative\n# Scenario: https://example.org/?v=1&m=1\n# Sources: White House; Reuters\n# Made: 2026-11-22\nMonth,Credited\n2029-01,550\n2029-02,550\n',
    );
  });

  test('quotes text that needs it and defuses spreadsheet formulas', () => {
    const csv = toCsv(
      {
        title: 't',
        rowHeader: 'Name',
        rows: ['=HYPERLINK("x")', 'a,b'],
        columns: [{ label: 'v', values: [1, 2] }],
      },
      ctx,
    );
    expect(csv).toContain(`"'=HYPERLINK(""x"")",1`);
    expect(csv).toContain('"a,b",2');
  });

  test('writes only the chosen rows', () => {
    const csv = toCsv(
      {
        title: 't',
        rowHeader: 'M',
        rows: ['a', 'b', 'c'],
        columns: [{ label: 'v', values: [1, 2, 3] }],
        indexes: [2],
      },
      ctx,
    );
    expect(csv.trim().split('\n').slice(-2)).toEqual(['M,v', 'c,3']);
  });
});
