// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import { createFormatter } from '../../src/i18n/format';
import { createTranslate } from '../../src/i18n/translate';
import { changedText, warningText } from '../../src/state/notices';
import { parseScenarioUrl, serializeScenarioUrl } from '../../src/state/url';
import { linkChange, underRelease } from '../../src/state/linkChange';
import { stampOf } from '../../src/state/stampOf';
import { RELEASES } from '../../src/data/release';
import { DEFAULT_SCENARIO, simulate } from '../../src/model';

const t = createTranslate(en);

describe('warningText', () => {
  test.each([
    ['?v=1&zz=1', 'Ignored “zz”: not a setting of this explorer.'],
    ['?v=1&pl=lots', 'Ignored “Pledge” = “lots”: not a valid value, so the default is used.'],
    ['?v=1&pl=5000', '“Pledge” = 5000 is outside its range; the nearest allowed value is used.'],
    [
      '?v=1&mix=1,1,1',
      'The shares in “instrument mix” did not add up to 100%; they were scaled so they do.',
    ],
    ['?pl=600&sofr=4', 'This link uses an older layout (version 0); it was brought up to date.'],
  ])('%s reads: %s', (search, text) => {
    expect(parseScenarioUrl(search).warnings.map((w) => warningText(t, w))).toContain(text);
  });
});

describe('warningText in Japanese', () => {
  test.each([
    ['?v=1&zz=1', '「zz」は無視しました：このエクスプローラーの設定ではありません。'],
    [
      '?v=1&pace=abc',
      '「年間の選定額」＝「abc」は有効な値ではないため無視し、既定値を使いました。',
    ],
  ])('%s reads: %s', (search, text) => {
    const tj = createTranslate(ja);
    expect(parseScenarioUrl(search).warnings.map((w) => warningText(tj, w))).toContain(text);
  });
});

describe('warningText names what it is about, in the reader’s words', () => {
  test.each([
    [
      'a pinned scenario’s field',
      `?v=2&a=${encodeURIComponent('v=2&pl=lots')}`,
      'In the pinned scenario (A): Ignored “Pledge” = “lots”: not a valid value, so the default is used.',
    ],
    [
      'a renamed row',
      `?v=2&sel=W1sieCIsIjIwMjYtMDEtMDEiLCJnYXMiLDEwLCJBIl0sWyJ4IiwiMjAyNi0wMi0wMSIsImdhcyIsMTAsIkIiXV0`,
      'Two rows shared the id “x”: one was renamed so each is kept (row 2 of the projects).',
    ],
    [
      'a retired input',
      '?v=1&m=1&dt=0.2',
      '“Deal tariff” = 0.2 is no longer an input: since the IEEPA ruling tariffs differ by goods class, so the page uses its table of goods classes.',
    ],
    [
      'a base hazard, carried over as a threat rate',
      '?v=1&m=1&bh=0.05',
      '“Base hazard” = 0.05 is no longer an input: it became “Threats a year with no shortfall” = 0.2, which gives the same hazard at the default share of threats implemented.',
    ],
    [
      'a goods cell',
      '?v=2&gd=0.3,0.15,0.1,0.3,0.2,0.3,0.4,0.125,0.25',
      '“Cars, light trucks and parts (Section 232, the Japan deal heading): rate under a penalty” = 0.1 is outside its range; the nearest allowed value is used.',
    ],
  ])('%s', (_why, search, text) => {
    expect(parseScenarioUrl(search).warnings.map((w) => warningText(t, w))).toContain(text);
  });
});

describe('changedText', () => {
  const f = createFormatter('en', 'usd', 155);
  const base = {
    old: { creditedUsdBn: 500, riskPercent: 30 },
    now: { creditedUsdBn: 550, riskPercent: 21 },
  };
  test('names the model change and the numbers then and now', () => {
    expect(
      changedText(t, f, { ...base, model: { from: '1', to: '2' }, data: null, fromData: null }),
    ).toBe(
      'The numbers have changed since this link was made: the model changed (version 1 → 2); the data did not. On the central path, credited by the deadline: US$500bn then, US$550bn now; chance of a penalty: 30.0% then, 21.0% now.',
    );
  });
  test('names both, with the data releases’ dates, and splits the change', () => {
    const text = changedText(t, f, {
      ...base,
      model: { from: '1', to: '2' },
      data: { from: '1', fromAsOf: '2026-03-19', to: '2', toAsOf: '2026-10-09' },
      fromData: { creditedUsdBn: 20, riskPercent: -4 },
    });
    expect(text).toContain(
      'the model (version 1 → 2) and the data (release 1, checked through 19 Mar 2026 → release 2, through 9 Oct 2026)',
    );
    expect(text).toContain(
      'new data account for +US$20bn of credit and −4.0 pt of the chance; model changes for +US$30bn and −5.0 pt',
    );
  });
  test('in Japanese and yen', () => {
    const text = changedText(createTranslate(ja), createFormatter('ja', 'jpy', 150), {
      ...base,
      model: null,
      data: { from: '1', fromAsOf: '2026-03-19', to: '2', toAsOf: '2026-10-09' },
      fromData: null,
    });
    expect(text).toBe(
      'このリンクが作られてから数値が変わっています：新しいデータ（第1版、2026年3月19日まで → 第2版、2026年10月9日まで）。モデルは同じです。中心経路で、期限までに認められる拠出額：当時75兆円、現在82.5兆円。制裁の確率：当時30.0%、現在21.0%。',
    );
  });
});

describe('linkChange', () => {
  test('a link made with the current model and data says nothing when its numbers are unchanged', () => {
    const link = `?${serializeScenarioUrl(DEFAULT_SCENARIO, undefined, stampOf(simulate(DEFAULT_SCENARIO)))}`;
    expect(linkChange(parseScenarioUrl(link), stampOf(simulate(DEFAULT_SCENARIO)))).toBeNull();
  });
  test('a version-1 link splits its change between new data and model changes, and the parts add up', () => {
    const parsed = parseScenarioUrl('?v=1&m=1&c=515.6_21.3');
    const now = stampOf(simulate(parsed.scenario));
    const c = linkChange(parsed, now)!;
    expect(c.model).toEqual({ from: '1', to: '2' });
    expect(c.data).toEqual({ from: '1', fromAsOf: '2026-03-19', to: '2', toAsOf: '2026-10-09' });
    expect(c.fromData).not.toBeNull();
    // New data (the pace measured to October, later markets, the dated world) cut the credit.
    expect(c.fromData!.creditedUsdBn).toBeLessThan(0);
    const modelPart = now.creditedUsdBn - c.old.creditedUsdBn - c.fromData!.creditedUsdBn;
    expect(c.fromData!.creditedUsdBn + modelPart).toBeCloseTo(now.creditedUsdBn - 515.6, 9);
  });
  test('under the old release, the link’s unset inputs take that release’s defaults', () => {
    const old = underRelease(DEFAULT_SCENARIO, RELEASES[0]!);
    expect(old.paceUsdBnPerYear).toBe(203.1);
    expect(old.sofrAnnual).toBe(0.0365);
    const set = underRelease({ ...DEFAULT_SCENARIO, paceUsdBnPerYear: 50 }, RELEASES[0]!);
    expect(set.paceUsdBnPerYear).toBe(50);
  });
});
