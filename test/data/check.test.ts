// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { checkData, type DataSet } from '../../src/data/check';
import { DATA_SET } from '../../src/data/dataSet';
import { assumption, cite } from '../../src/data/provenance';
import { SOURCES } from '../../src/data/sources';

const withSelection = (row: object): DataSet => ({
  ...DATA_SET,
  selections: [...DATA_SET.selections, row as DataSet['selections'][number]],
});
const newRow = {
  id: 'new',
  date: '2026-06-01',
  name: 'New',
  sector: 'gas',
  valueUsdBn: 5,
  source: cite('whFactSheet20260319'),
};
const textFor = (key: string): DataSet['text'] => ({
  en: { ...DATA_SET.text.en, [key]: 'New' },
  ja: { ...DATA_SET.text.ja, [key]: '新' },
});

describe('checkData', () => {
  test('the data of this release passes', () => {
    expect(checkData(DATA_SET)).toEqual([]);
  });
  test('a well-formed new row passes once its words are in both languages', () => {
    expect(checkData({ ...withSelection(newRow), text: textFor('selection.new') })).toEqual([]);
  });
  test.each([
    ['a row without a source', { ...newRow, source: undefined }, /selection new: no source/],
    ['a duplicate id', { ...newRow, id: 'oh-gas' }, /id “oh-gas” appears twice/],
    [
      'a date after the data’s as-of date',
      { ...newRow, date: '2026-12-01' },
      /after the data’s as-of date/,
    ],
    ['an impossible date', { ...newRow, date: '2026-02-30' }, /not a real ISO date/],
    ['a date before the MOU', { ...newRow, date: '2025-01-01' }, /before 2025-09-04/],
    ['an unknown sector', { ...newRow, sector: 'moon' }, /unknown sector/],
    ['a negative value', { ...newRow, valueUsdBn: -1 }, /outside/],
    [
      'an assumption without a basis',
      { ...newRow, source: { kind: 'assumption' } },
      /without its basis/,
    ],
    [
      'a source that is not among the sources',
      { ...newRow, source: { kind: 'source', id: 'lostPage' } },
      /cites “lostPage”, which is not among the sources/,
    ],
  ])('fails on %s', (_why, row, message) => {
    const problems = checkData({ ...withSelection(row), text: textFor('selection.new') });
    expect(
      problems.some((p) => message.test(p)),
      problems.join('\n'),
    ).toBe(true);
  });
  test('fails on a cited source whose link is not https', () => {
    const sources = {
      ...DATA_SET.sources,
      whFactSheet20260319: { ...SOURCES.whFactSheet20260319, url: 'http://x' },
    };
    const problems = checkData({
      ...withSelection(newRow),
      sources,
      text: textFor('selection.new'),
    });
    expect(problems).toContain('selection new: source link “http://x” is not https');
  });
  test('fails on a row whose name is missing in Japanese', () => {
    const problems = checkData({
      ...withSelection(newRow),
      text: { en: textFor('selection.new').en!, ja: DATA_SET.text.ja! },
    });
    expect(problems).toContain('selection new: no ja text for “selection.new”');
  });
  test('fails on goods shares that do not sum to 1', () => {
    const goods = { ...DATA_SET.goods, other: { ...DATA_SET.goods.other!, share: 0.5 } };
    expect(checkData({ ...DATA_SET, goods }).some((p) => /shares sum to/.test(p))).toBe(true);
  });
  test('fails on a market figure dated after the data’s as-of date', () => {
    const markets = {
      ...DATA_SET.markets,
      sofr: { ...DATA_SET.markets.sofr!, asOf: '2026-11-01' },
    };
    expect(checkData({ ...DATA_SET, markets })).toContain(
      'market sofr: 2026-11-01 is after the data’s as-of date 2026-10-09',
    );
  });
  test('fails on a release older than the one before it, or without a changelog line', () => {
    const releases = [
      ...DATA_SET.releases,
      { ...DATA_SET.releases[0]!, version: '3', changes: [] },
    ];
    const problems = checkData({ ...DATA_SET, releases });
    expect(problems.some((p) => /older than the release before it/.test(p))).toBe(true);
    expect(problems.some((p) => /says nothing about what changed/.test(p))).toBe(true);
  });
  test('fails on a default outside its range and a plausible range outside the bounds', () => {
    const params = {
      ...DATA_SET.params,
      pledgeUsdBn: { ...DATA_SET.params.pledgeUsdBn!, default: 5 },
    };
    const plausible = {
      ...DATA_SET.plausible,
      sofrAnnual: { low: -1, high: 2, source: assumption('basis.plausible.sofr') },
    };
    const problems = checkData({ ...DATA_SET, params, plausible });
    expect(problems.some((p) => /param pledgeUsdBn: default 5/.test(p))).toBe(true);
    expect(problems.some((p) => /param sofrAnnual: plausible range/.test(p))).toBe(true);
  });
});
