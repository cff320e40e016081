// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { lineTop, markerRows, type RowLabel } from '../../src/charts/markerRows';

/** Labels 30 px wide at the given x positions (px), in date order. */
const at = (...xs: number[]) => xs.map((x) => ({ x, width: 30 }));
const rows = (labels: { x: number; width: number }[], maxRows = 5) =>
  markerRows(labels, maxRows).map((p) => p.row);

describe('markerRows', () => {
  test('labels far apart all sit in the top row', () => {
    expect(rows(at(0, 100, 200))).toEqual([0, 0, 0]);
  });

  test('a label that would run into the one before it goes down a row', () => {
    // The first ends at 30; the second starts at 20.
    expect(rows(at(0, 20))).toEqual([0, 1]);
  });

  test('a label goes back up to the first row that is free again', () => {
    // 0 ends at 30, 20 (row 1) at 50; 40 clears row 0 (30 + 4 <= 40).
    expect(rows(at(0, 20, 40))).toEqual([0, 1, 0]);
  });

  test('keeps a gap of 8 px between labels in a row, by default', () => {
    expect(rows(at(0, 38))).toEqual([0, 0]);
    expect(rows(at(0, 37))).toEqual([0, 1]);
    expect(markerRows(at(0, 31), 5, 1).map((p) => p.row)).toEqual([0, 0]);
  });

  test('with every row taken, a label goes in the row whose last label ends first', () => {
    // Three rows: 0 (ends 30), 10 (ends 40), 20 (ends 50) fill them; 25 fits none and
    // goes in row 0, which ends first.
    expect(rows(at(0, 10, 20, 25), 3)).toEqual([0, 1, 2, 0]);
  });

  test('never uses more rows than allowed', () => {
    const many = at(...Array.from({ length: 12 }, (_, i) => i * 2));
    expect(Math.max(...rows(many, 4))).toBe(3);
  });

  test('keeps each label’s x, and gives nothing for no labels', () => {
    expect(markerRows(at(5, 80), 2).map((p) => p.x)).toEqual([5, 80]);
    expect(markerRows([], 3)).toEqual([]);
  });
});

describe('lineTop', () => {
  const label = (left: number, width: number, row: number): RowLabel => ({ left, width, row });

  test('a line no label lies across starts at the top', () => {
    expect(lineTop(50, 2, [label(60, 60, 0), label(0, 40, 1)], 15)).toBe(0);
  });

  test('a line starts below the lowest row above its own label whose label lies across it', () => {
    // Rows 0 and 2 across it; row 3's label ends before it; its own label is in row 4.
    const labels = [label(10, 80, 2), label(0, 80, 0), label(0, 45, 3)];
    expect(lineTop(50, 4, labels, 15)).toBe(2 * 15 + 16);
  });

  test('a label below the line’s own one does not move its start: the line still reaches its label', () => {
    // Labels at 0, 10, 20 and 74 px: rows 0, 1, 2 and 0. The marker at 70 px has its label
    // in row 0; the row-1 and row-2 labels lie across its line, below its label.
    const labels = [label(0, 60, 0), label(10, 100, 1), label(20, 100, 2), label(74, 40, 0)];
    expect(lineTop(70, 0, labels, 15)).toBe(0);
    // A marker whose label is in row 3 starts below rows 1 and 2.
    expect(lineTop(70, 3, labels, 15)).toBe(2 * 15 + 16);
  });

  test('a label that only reaches the line leaves it whole', () => {
    expect(lineTop(50, 3, [label(0, 50, 0), label(50, 40, 1)], 15)).toBe(0);
  });
});
