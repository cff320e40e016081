import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { INSTRUMENTS } from '../../src/model';
import { SECTOR_IDS } from '../../src/data/sectors';

/** The page's colour tokens (src/styles/global.css `:root`), each as [light, dark]. */
function tokens(): Map<string, readonly [string, string]> {
  const css = readFileSync('src/styles/global.css', 'utf8');
  const root = /:root\s*\{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
  const out = new Map<string, readonly [string, string]>();
  for (const [, name = '', raw = ''] of root
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .matchAll(/--([\w-]+):\s*([^;]+);/g)) {
    const v = raw.trim().toLowerCase();
    const [, light, dark] =
      /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/.exec(v) ?? [];
    if (light && dark) out.set(name, [light, dark]);
    else if (/^#[0-9a-f]{6}$/.test(v)) out.set(name, [v, v]);
  }
  return out;
}

/** Hue in degrees and saturation (HSL, 0–1) of a #rrggbb colour. */
function hueSat(hex: string): { hue: number; sat: number } {
  const channel = (i: number) => parseInt(hex.slice(i, i + 2), 16) / 255;
  const r = channel(1);
  const g = channel(3);
  const b = channel(5);
  const max = Math.max(r, g, b);
  const min = Math.min(r, g, b);
  const d = max - min;
  const l = (max + min) / 2;
  const sat = d === 0 ? 0 : d / (1 - Math.abs(2 * l - 1));
  let hue = 0;
  if (d > 0)
    hue =
      max === r
        ? 60 * (((g - b) / d) % 6)
        : max === g
          ? 60 * ((b - r) / d + 2)
          : 60 * ((r - g) / d + 4);
  return { hue: (hue + 360) % 360, sat };
}

const hueGap = (a: number, b: number) => Math.min(Math.abs(a - b), 360 - Math.abs(a - b));

const all = tokens();
/** A token's [light, dark] colours (the test fails on a token the stylesheet lacks). */
const colours = (name: string): readonly [string, string] => {
  const c = all.get(name);
  if (!c) throw new Error(`--${name} is not a #rrggbb colour in global.css :root`);
  return c;
};
const layers = [
  ...SECTOR_IDS.map((s) => ({ name: `sec-${s}`, group: 'sector' })),
  ...INSTRUMENTS.map((i) => ({ name: `inst-${i}`, group: 'instrument' })),
];

describe("a stacked layer's colour", () => {
  test('the tokens are read (the test reads the stylesheet it guards)', () => {
    expect(all.get('credited')).toEqual(['#0072b2', '#56b4e9']);
    for (const { name } of layers) expect(all.has(name), name).toBe(true);
  });

  // A layer is an area, as the credited path's 5–95% and 25–75% bands are (drawn in the
  // credited colour, faint): a layer of the bands' hue reads as a band. Both themes.
  test.each(layers)('$name is not the bands’ hue in either theme', ({ name }) => {
    const credited = colours('credited');
    const colour = colours(name);
    for (const theme of [0, 1] as const) {
      const layer = hueSat(colour[theme]);
      const band = hueSat(credited[theme]);
      // A grey (no hue) cannot be taken for a blue band.
      if (layer.sat < 0.1) continue;
      expect(hueGap(layer.hue, band.hue), `${name} ${colour[theme]}`).toBeGreaterThanOrEqual(30);
    }
  });

  test.each(['sector', 'instrument'])('no two %s layers share a colour in a theme', (group) => {
    for (const theme of [0, 1] as const) {
      const used = layers.filter((l) => l.group === group).map((l) => colours(l.name)[theme]);
      expect(new Set(used).size).toBe(used.length);
    }
  });

  test('the test can fail: the old minerals blue is the bands’ hue', () => {
    expect(hueGap(hueSat('#0072b2').hue, hueSat(colours('credited')[0]).hue)).toBeLessThan(30);
    expect(hueGap(hueSat('#56b4e9').hue, hueSat(colours('credited')[1]).hue)).toBeLessThan(30);
  });
});
