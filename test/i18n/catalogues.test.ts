// @vitest-environment node
import { describe, expect, test } from 'vitest';
import { en } from '../../src/i18n/en';
import { ja } from '../../src/i18n/ja';
import { ANNOUNCED_SELECTIONS } from '../../src/data/selections';
import { HAZARD_EVENTS } from '../../src/data/events';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the English and Japanese catalogues', () => {
  test('have exactly the same keys', () => {
    expect(Object.keys(ja).sort()).toEqual(Object.keys(en).sort());
  });

  test('every message has the same placeholders in both, and none is empty', () => {
    const keys = Object.keys(en) as (keyof typeof en)[];
    const wrong = keys.filter(
      (key) =>
        ja[key].trim() === '' || placeholders(ja[key]).join() !== placeholders(en[key]).join(),
    );
    expect(wrong).toEqual([]);
  });

  test('the Japanese catalogue is Japanese, not copied English', () => {
    // Names that are the same in both languages: language names, SOFR, %.
    const same = Object.keys(en).filter(
      (k) => en[k as keyof typeof en] === ja[k as keyof typeof en],
    );
    expect(same.sort()).toEqual(
      [
        'lang.en',
        'lang.ja',
        'method.sourceLine',
        'param.sofrAnnual.label',
        'unit.percent',
        // File formats are named the same in both languages.
        'export.svg',
        'export.png',
        'export.csv',
        'export.pngWide',
        'export.svgFormat',
        'export.pngFormat',
        'export.csvFormat',
      ].sort(),
    );
  });

  test('every announced project and dated event has its name in the catalogues', () => {
    for (const row of ANNOUNCED_SELECTIONS) {
      expect(en).toHaveProperty([`selection.${row.id}`], row.name);
    }
    for (const row of HAZARD_EVENTS) {
      expect(en).toHaveProperty([`event.${row.id}`], row.label);
    }
  });
});
