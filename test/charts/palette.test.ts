import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { INSTRUMENTS } from '../../src/model';
import { SECTOR_IDS } from '../../src/data/sectors';

/** The page's colour tokens (src/styles/global.css `:root`), each as [light, dark]. */
function tokens(): Map<string, [string, string]> {
  const css = readFileSync('src/styles/global.css', 'utf8');
  const root = /:root\s*\{([\s\S]*?)\n\}/.exec(css)?.[1] ?? '';
  const out = new Map<string, [string, string]>();
  for (const m of root.replace(/\/\*[\s\S]*?\*\//g, '').matchAll(/--([\w-]+):\s*([^;]+);/g)) {
    const v = m[2].trim();
    const ld = /^light-dark\(\s*(#[0-9a-f]{6})\s*,\s*(#[0-9a-f]{6})\s*\)$/i.exec(v);
    if (ld) out.set(m[1], [ld[1].toLowerCase(), ld[2].toLowerCase()]);
    else if (/^#[0-9a-f]{6}$/i.test(v)) out.set(m[1], [v.toLowerCase(), v.toLowerCase()]);
  }
  return out;
}

/** Hue in degrees and saturation (HSL, 0–1) of a #rrggbb colour. */
function hueSat(hex: string): { hue: number; sat: number } {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255);
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
    const credited = all.get('credited')!;
    const colour = all.get(name)!;
    for (const theme of [0, 1]) {
      const layer = hueSat(colour[theme]);
      const band = hueSat(credited[theme]);
      // A grey (no hue) cannot be taken for a blue band.
      if (layer.sat < 0.1) continue;
      expect(hueGap(layer.hue, band.hue), `${name} ${colour[theme]}`).toBeGreaterThanOrEqual(30);
    }
  });

  test.each(['sector', 'instrument'])('no two %s layers share a colour in a theme', (group) => {
    for (const theme of [0, 1]) {
      const colours = layers.filter((l) => l.group === group).map((l) => all.get(l.name)![theme]);
      expect(new Set(colours).size).toBe(colours.length);
    }
  });

  test('the test can fail: the old minerals blue is the bands’ hue', () => {
    expect(hueGap(hueSat('#0072b2').hue, hueSat(all.get('credited')![0]).hue)).toBeLessThan(30);
    expect(hueGap(hueSat('#56b4e9').hue, hueSat(all.get('credited')![1]).hue)).toBeLessThan(30);
  });
});
