import { describe, expect, test } from 'vitest';
import { asEmbed } from '../src/embed/asEmbed';

describe('the embeds’ page’s query', () => {
  test('an embed’s link is kept as it is', () => {
    expect(asEmbed('?v=3&embed=1&chart=risk&sel=a%2Cb')).toBe('?v=3&embed=1&chart=risk&sel=a%2Cb');
  });
  test('a link without embed=1, or with another value or two, becomes an embed’s, its other keys kept', () => {
    expect(asEmbed('')).toBe('?embed=1');
    expect(asEmbed('?chart=risk&lang=ja')).toBe('?chart=risk&lang=ja&embed=1');
    expect(asEmbed('?embed=0&chart=split')).toBe('?embed=1&chart=split');
    expect(asEmbed('?embed=1&embed=0')).toBe('?embed=1');
    const kept = new URLSearchParams(asEmbed('?v=3&mix=0.02,0.68,0.3&theme=dark'));
    expect(Object.fromEntries(kept)).toEqual({
      v: '3',
      mix: '0.02,0.68,0.3',
      theme: 'dark',
      embed: '1',
    });
  });
});
