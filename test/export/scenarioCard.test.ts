// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { wrap } from '../../src/export/scenarioCard';

describe('wrap (the scenario card’s lines)', () => {
  test('breaks English at spaces', () => {
    expect(wrap('the quick brown fox jumps', 10)).toEqual(['the quick', 'brown fox', 'jumps']);
  });
  test('breaks Japanese between characters, counting each as two columns', () => {
    expect(wrap('資金はどれだけ速く動くか', 10)).toEqual(['資金はどれ', 'だけ速く動', 'くか']);
  });
  test('keeps closing punctuation on the line it closes, and numbers whole', () => {
    const lines = wrap('日本は5,500億ドルを拠出し、関税は15%。', 12);
    expect(lines.join('')).toBe('日本は5,500億ドルを拠出し、関税は15%。');
    expect(lines.every((l) => !/^[、。]/.test(l))).toBe(true);
    expect(lines.some((l) => l.includes('5,500'))).toBe(true);
  });
});
