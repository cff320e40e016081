/** Every table of src/data, gathered for the data check (src/data/check.ts). */
import type { DataSet } from './check';
import { RELEASES } from './release';
import { ANNOUNCED_SELECTIONS, FUNDING_EVENTS } from './selections';
import { HAZARD_EVENTS } from './events';
import { GOODS_CLASSES } from './goods';
import { PARAMS } from './params';
import { PLAUSIBLE } from './plausible';
import { MARKETS } from './markets';
import { SECTORS, SECTOR_IDS } from './sectors';
import { MOU_DATE } from './deal';
import { SOURCES } from './sources';
import { dataEn } from './text/en';
import { dataJa } from './text/ja';

export const DATA_SET: DataSet = {
  releases: RELEASES,
  selections: ANNOUNCED_SELECTIONS,
  fundingEvents: FUNDING_EVENTS,
  hazardEvents: HAZARD_EVENTS,
  goods: GOODS_CLASSES,
  params: PARAMS,
  plausible: PLAUSIBLE,
  markets: MARKETS,
  sectors: SECTORS,
  sectorIds: SECTOR_IDS,
  sources: SOURCES,
  text: { en: dataEn, ja: dataJa },
  firstDate: MOU_DATE.value,
};
