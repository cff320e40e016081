// @vitest-environment node
import { describe, expect, test } from 'vitest';
import {
  CARD,
  QR_MIN_PX,
  KEY_SIZES,
  cardChartWidth,
  chartArea,
  legendLayout,
  scenarioCard,
  wrap,
} from '../../src/export/scenarioCard';
import { estimateWidth } from '../../src/charts/textFit';
import { SECTOR_IDS } from '../../src/data/sectors';
import { en, type Catalogue } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';

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

/** A card's texts: where each is drawn, and what it says. */
const textsOf = (svg: string) =>
  [...svg.matchAll(/<text x="([\d.]+)" y="([\d.]+)"[^>]*>([^<]*)<\/text>/g)].map(([, x, y, s]) => ({
    x: Number(x),
    y: Number(y),
    s: s ?? '',
  }));

describe('scenarioCard (the answers above the chart)', () => {
  // The Japanese page's labels: the first is wider than its column (it ran into the second's).
  const answers = [
    {
      label: '2029年1月19日までに認められる拠出額（中央値の経路）',
      value: '3,040億ドル',
      detail: '経路の5〜95%：2,050億ドル〜4,600億ドル',
    },
    {
      label: '2029年1月19日までに関税の制裁が科される確率',
      value: '44%',
      detail: '95%区間 41%〜47%',
    },
    {
      label: '2029年末までの追加関税の期待値',
      value: '135億ドル',
      detail: '支払うのは米国の輸入者',
    },
  ];
  const card = scenarioCard(
    null,
    [],
    {
      title: '対米投資5,500億ドル',
      scenario: '中心',
      answers,
      url: 'https://example.org/ja/',
      sources: 'ホワイトハウス',
      dataLine: 'データ第2版',
      moreKeys: (n: number) => `… and ${n} more`,
    },
    null,
  );
  const texts = textsOf(card.text);
  const column = (CARD.width - 80) / answers.length;

  test('each label and detail is wrapped within its own column, none cut', () => {
    answers.forEach((a, i) => {
      const x = 40 + i * column;
      const inColumn = texts.filter((t) => t.x === x);
      const label = inColumn.filter((t) => a.label.includes(t.s) && t.s !== a.value);
      expect(label.map((t) => t.s).join('')).toBe(a.label);
      for (const t of inColumn) expect(estimateWidth(t.s, 15)).toBeLessThanOrEqual(column - 24);
      expect(inColumn.map((t) => t.s)).toContain(a.value);
    });
    // The first label needed two lines: it no longer runs into the second answer.
    expect(texts.filter((t) => t.x === 40 && answers[0]!.label.includes(t.s))).toHaveLength(2);
  });

  test('the figures sit below every answer’s label, on one line across the card', () => {
    const values = texts.filter((t) => answers.some((a) => a.value === t.s));
    expect(new Set(values.map((t) => t.y)).size).toBe(1);
    const labelLines = texts.filter((t) =>
      answers.some((a) => a.label.includes(t.s) && a.value !== t.s),
    );
    expect(Math.max(...labelLines.map((t) => t.y))).toBeLessThan(values[0]!.y - 30);
  });
});

describe('scenarioCard (the chart’s legend beside it)', () => {
  /** The legend column's lines of a card with these keys: 230 px at its right, 30 px in. */
  const keysOf = (legend: Parameters<typeof scenarioCard>[1]) =>
    textsOf(
      scenarioCard(
        null,
        legend,
        {
          title: 'Japan’s US$550 bn pledge',
          scenario: 'Central',
          answers: [],
          url: 'https://example.org/',
          sources: 'White House',
          dataLine: 'Data release 2',
          moreKeys: (n: number) => `… and ${n} more`,
        },
        null,
      ).text,
    ).filter((t) => t.x === CARD.width - 40 - 230 + 30);

  test('a key’s label longer than the column wraps within it, and the next key comes below', () => {
    const keys = keysOf([
      {
        label: 'Credited toward the pledge (central path)',
        color: '#0b62a4',
        kind: 'line',
        opacity: 1,
      },
      { label: 'Disbursed (cash out)', color: '#1b9e77', kind: 'line', opacity: 1 },
    ]);
    expect(keys.map((t) => t.s)).toEqual([
      'Credited toward the pledge',
      '(central path)',
      'Disbursed (cash out)',
    ]);
    for (const t of keys) expect(estimateWidth(t.s, 13)).toBeLessThanOrEqual(200);
    expect(keys[1]!.y).toBeGreaterThan(keys[0]!.y);
    expect(keys[2]!.y).toBeGreaterThan(keys[1]!.y);
  });
  test('a key’s label too long for two lines says so: its second line ends in an ellipsis', () => {
    const label = 'Section 301 determinations and the Section 122 surcharge expiry';
    const keys = keysOf([{ label, color: '#555e69', kind: 'box', opacity: 0.06 }]);
    expect(keys).toHaveLength(2);
    expect(keys[1]!.s.endsWith('…')).toBe(true);
    expect(label.startsWith(`${keys[0]!.s} ${keys[1]!.s.slice(0, -1)}`)).toBe(true);
  });
});

describe('scenarioCard (the QR code in the legend’s column)', () => {
  // The money chart's legend with its bands: eight keys, some on two lines, as a card draws it.
  const legend = [
    'Selected by Washington',
    'Committed (Japan’s funding)',
    'Credited toward the pledge (central path)',
    'Disbursed (cash out)',
    'Required pace to the deadline',
    'Defaults (central path)',
    'Credited, 5–95% of paths',
    'Credited, 25–75% of paths',
  ].map((label) => ({ label, color: '#0b62a4', kind: 'line' as const, opacity: 1 }));
  const card = (answers: number) =>
    scenarioCard(
      { width: 640, height: 300, text: '<svg width="640" height="300"></svg>' },
      legend,
      {
        title: 'Japan’s US$550 bn pledge to the United States: how fast the money moves',
        scenario: 'Central',
        answers: Array.from({ length: answers }, () => ({
          label: 'Credited by the deadline (median path)',
          value: 'US$304bn',
          detail: '5–95% of paths: US$205bn to US$460bn',
        })),
        url: `https://example.org/?v=2&m=2&d=2&${'pace=150&'.repeat(12)}c=304.1`,
        sources: 'White House',
        dataLine: 'Data release 2',
        moreKeys: (n: number) => `… and ${n} more`,
      },
      { size: 41, isDark: (r, c) => (r + c) % 2 === 0 },
    );

  test.each([0, 3])('with %i answers, the code is below the last key, whole and legible', (n) => {
    const svg = card(n).text;
    const texts = textsOf(svg);
    const keys = texts.filter((t) => legend.some((k) => k.label.includes(t.s)) && t.x > 800);
    expect(keys.map((t) => t.s).join(' ')).toContain('Credited, 25–75% of paths');
    const qr = /<g transform="translate\(([\d.]+),([\d.]+)\)"><rect width="([\d.]+)"/.exec(svg);
    expect(qr).not.toBeNull();
    const [x, y, px] = [Number(qr![1]), Number(qr![2]), Number(qr![3])];
    // Below the last key's line (its text's baseline, and a descender's room), on the card.
    expect(y).toBeGreaterThan(Math.max(...keys.map((t) => t.y)) + 4);
    expect(y + px).toBeLessThanOrEqual(CARD.height);
    expect(px).toBeGreaterThanOrEqual(QR_MIN_PX);
    // The link below the chart stops short of it.
    const link = texts.find((t) => t.s.startsWith('https://'))!;
    expect(link.x + estimateWidth(link.s.replace(/&amp;/g, '&'), 13)).toBeLessThan(x);
  });
});

describe('scenarioCard (the chart drawn for the card)', () => {
  const text = (title: string, label: string) => ({
    title,
    scenario: 'Central',
    answers: [1, 2, 3].map(() => ({ label, value: 'US$304bn', detail: 'US$205bn to US$460bn' })),
    url: 'https://example.org/',
    sources: 'White House',
    dataLine: 'Data release 2',
    moreKeys: (n: number) => `… and ${n} more`,
  });
  test.each([
    ['a one-line title and labels', text('Japan’s pledge', 'Credited')],
    [
      'a two-line title and two-line labels',
      text(
        'Japan’s US$550 bn pledge: how fast the money moves, and will tariffs come back? And more',
        'Credited toward the pledge by 19 January 2029 on the median of the paths',
      ),
    ],
  ])('with %s, a chart drawn at its width fills the room for it: as wide, no taller', (_, t) => {
    const height = 320;
    const width = cardChartWidth(t, height);
    const svg = scenarioCard({ width, height, text: '<svg></svg>' }, [], t, null).text;
    const [, w, h] = /<svg x="40" y="[\d.]+" width="([\d.]+)" height="([\d.]+)"/.exec(svg) ?? [];
    const room = chartArea(t);
    expect(Number(w)).toBeGreaterThan(room.width - 2);
    expect(Number(w)).toBeLessThanOrEqual(room.width);
    expect(Number(h)).toBeLessThanOrEqual(room.height + 1e-9);
  });
  test('the room is shorter under longer words, so the chart is drawn wider for it', () => {
    const short = text('Japan’s pledge', 'Credited');
    const long = text(
      'Japan’s pledge',
      'Credited toward the pledge by 19 January 2029 on the median of the paths',
    );
    expect(chartArea(long).height).toBeLessThan(chartArea(short).height);
    expect(cardChartWidth(long, 320)).toBeGreaterThan(cardChartWidth(short, 320));
  });
});

describe('scenarioCard (every key of the legend)', () => {
  /**
   * The money chart's longest legend, in a catalogue's words: its five lines, A's pinned line and
   * the defaults', the two bands, and a layer for each sector (stacked by sector): 17 keys.
   */
  const longest = (c: Catalogue) =>
    [
      c['series.selected'],
      c['series.committed'],
      c['series.credited'],
      c['series.disbursed'],
      c['series.required'],
      c['series.aCredited'],
      c['series.defaultsCredited'],
      c['series.band90'],
      c['series.band50'],
      ...SECTOR_IDS.map((id) => c[`sector.${id}`]),
    ].map((label, i) => ({
      label,
      color: '#0b62a4',
      kind: i < 7 ? ('line' as const) : ('box' as const),
      opacity: 1,
    }));
  const words = (c: Catalogue) => ({
    title: c['app.title'],
    scenario: c['preset.central.name'],
    answers: [1, 2, 3].map(() => ({
      label: c['headline.credited'],
      value: 'US$304bn',
      detail: c['embed.creditedRange'],
    })),
    url: 'https://example.org/',
    sources: 'White House',
    dataLine: 'Data release 2',
    moreKeys: (n: number) => `… and ${n} more`,
  });

  test.each([
    ['English', en],
    ['Japanese', ja],
  ])('in %s, a stacked chart’s 17 keys are all drawn, each above the card’s foot', (_, c) => {
    const legend = longest(c);
    expect(legend).toHaveLength(17);
    const svg = scenarioCard(
      { width: 640, height: 300, text: '<svg width="640" height="300"></svg>' },
      legend,
      words(c),
      { size: 41, isDark: () => true },
    ).text;
    const inColumn = textsOf(svg).filter((t) => t.x > 900);
    // Each key's label, whole or cut with an ellipsis, in the legend's column, in order.
    const drawn = inColumn.map((t) => t.s).join(' ');
    let from = 0;
    for (const k of legend) {
      const head = k.label.replace(/&/g, '&amp;').slice(0, 6);
      const at = drawn.indexOf(head, from);
      expect(at, k.label).toBeGreaterThanOrEqual(from);
      from = at;
    }
    // Every line (and a descender's room) on the card, the keys' swatches too.
    for (const t of inColumn) expect(t.y + 4).toBeLessThanOrEqual(CARD.height - 16);
    expect((svg.match(/<(line|rect) x1?="930"/g) ?? []).length).toBe(17);
  });

  test('the legend keeps its largest size while it fits, and is smaller only to fit', () => {
    const eight = longest(en).slice(0, 8);
    const top = 250;
    expect(legendLayout(eight, top, CARD.height - 16).size).toBe(KEY_SIZES[0]);
    const all = legendLayout(longest(en), top, CARD.height - 16);
    expect(all.placed).toHaveLength(17);
    expect(all.size.font).toBeLessThan(KEY_SIZES[0].font);
    // The largest size would not have fitted: laid out with no bottom, its last key's last line
    // (and a descender's room) ends below the card's.
    expect(all.size).toBe(KEY_SIZES[1]);
    const largest = legendLayout(longest(en), top, Infinity);
    expect(largest.size).toBe(KEY_SIZES[0]);
    const last = largest.placed.at(-1)!;
    expect(last.y + KEY_SIZES[0].line * (last.lines.length - 1) + 4).toBeGreaterThan(
      CARD.height - 16,
    );
  });
});

describe('scenarioCard (a legend longer than any card)', () => {
  // A reader's own events each bring a key: 17 of the chart's and 20 events' windows.
  const legend = [
    ...Array.from({ length: 17 }, (_, i) => `Series ${i + 1}`),
    ...Array.from({ length: 20 }, (_, i) => `Event ${i + 1}: a window of higher hazard`),
  ].map((label) => ({ label, color: '#555e69', kind: 'box' as const, opacity: 0.12 }));

  test('draws the keys that fit, then says how many it leaves out, all on the card', () => {
    const top = 250;
    const laid = legendLayout(legend, top, CARD.height - 16);
    expect(laid.size).toBe(KEY_SIZES[KEY_SIZES.length - 1]);
    expect(laid.hidden).toBeGreaterThan(0);
    expect(laid.placed.length + laid.hidden).toBe(legend.length);
    // The keys drawn are the first ones, in order.
    expect(laid.placed.map((p) => p.key)).toEqual(legend.slice(0, laid.placed.length));
    const svg = scenarioCard(
      null,
      legend,
      {
        title: 'Japan’s US$550 bn pledge',
        scenario: 'Custom scenario',
        answers: [],
        url: 'https://example.org/',
        sources: 'White House',
        dataLine: 'Data release 2',
        moreKeys: (n) => `… and ${n} more`,
      },
      null,
    ).text;
    const inColumn = textsOf(svg).filter((t) => t.x > 900);
    const more = inColumn.at(-1)!;
    // The keys drawn (a swatch each) and the ones it says it leaves out are the whole legend.
    const drawn = (svg.match(/<rect x="930"/g) ?? []).length;
    expect(drawn).toBeGreaterThan(10);
    expect(more.s).toBe(`… and ${legend.length - drawn} more`);
    // Below the last key drawn, and on the card with a descender's room.
    expect(more.y).toBeGreaterThan(inColumn.at(-2)!.y);
    expect(more.y + 4).toBeLessThanOrEqual(CARD.height - 16);
  });

  test('a legend that fits says nothing of keys left out', () => {
    expect(legendLayout(legend.slice(0, 5), 250, CARD.height - 16).hidden).toBe(0);
  });
});
