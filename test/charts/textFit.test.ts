// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { estimateWidth, stackRows, wrapToWidth } from '../../src/charts/textFit';

describe('wrapToWidth: chart labels on several lines', () => {
  test('English breaks at spaces and keeps each line within the width', () => {
    const lines = wrapToWidth('JBIC funding spread over Treasuries', 120, 12);
    expect(lines.join(' ')).toBe('JBIC funding spread over Treasuries');
    expect(lines.length).toBeGreaterThan(1);
    for (const line of lines) expect(estimateWidth(line, 12)).toBeLessThanOrEqual(120);
  });

  test.each([
    ['原子力（大型・SMR）', 60],
    ['AI・データセンター基盤', 60],
    ['JBICの調達スプレッド（対米国債）', 70],
    ['ガス火力・パイプライン・送電網', 50],
  ])(
    'Japanese %s breaks between characters, never before closing marks or after opening ones',
    (label, width) => {
      const lines = wrapToWidth(label, width, 12);
      expect(lines.join('')).toBe(label);
      expect(lines.length).toBeGreaterThan(1);
      for (const line of lines) {
        expect(line).not.toMatch(/^[、。）」』・ーっゃゅょッャュョ]/);
        expect(line).not.toMatch(/[（「『]$/);
      }
    },
  );

  test('a label that fits stays on one line', () => {
    expect(wrapToWidth('医薬品', 100, 12)).toEqual(['医薬品']);
  });

  test('rows grow with their lines and stack', () => {
    expect(stackRows([['a'], ['b', 'c', 'd'], ['e']], 24, 14)).toEqual([
      { top: 0, h: 24 },
      { top: 24, h: 50 },
      { top: 74, h: 24 },
    ]);
  });
});
