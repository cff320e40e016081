/**
 * Where every default comes from. A default either cites a published source (title,
 * publisher, date, URL) or is labelled an assumption with the reasoning behind it.
 * Details and confidence marks: shared/reference/domain-facts.md. Titles and publishers
 * are cited as published; our own words (notes, assumptions) are catalogue keys.
 */
import type { MessageKey } from '../i18n/en';

export type BasisKey = Extract<MessageKey, `basis.${string}`>;
export type NoteKey = Extract<MessageKey, `source.${string}`>;
export interface Source {
  readonly kind: 'source';
  readonly title: string;
  readonly publisher: string;
  /** Publication date, as precise as known: 'YYYY-MM-DD', 'YYYY-MM' or 'YYYY'. */
  readonly date: string;
  /** Absent when the source is an article without a stable address (kept in shared/seeds). */
  readonly url?: string;
  /** What we took from it, or the arithmetic applied to it: its catalogue key. */
  readonly note?: NoteKey;
}

/** A value an assumption's text names: an amount (US$ bn) or a date, formatted for the reader. */
export type BasisValue = { readonly usdBn: number } | { readonly date: string };

export interface Assumption {
  readonly kind: 'assumption';
  /** Why this number, in one sentence: its catalogue key (`basis.*`). */
  readonly basis: BasisKey;
  /** Amounts and dates the sentence names, by placeholder. */
  readonly values?: Readonly<Record<string, BasisValue>>;
}

export type Provenance = Source | Assumption;

export function assumption(
  basis: BasisKey,
  values?: Readonly<Record<string, BasisValue>>,
): Assumption {
  return { kind: 'assumption', basis, ...(values ? { values } : {}) };
}

function source(
  title: string,
  publisher: string,
  date: string,
  url: string | undefined,
  note?: NoteKey,
): Source {
  return {
    kind: 'source',
    title,
    publisher,
    date,
    ...(url === undefined ? {} : { url }),
    ...(note === undefined ? {} : { note }),
  };
}

export const SOURCES = {
  hudsonMou: source(
    'Investing in Security and Success: Analysis of the US-Japan $550 Billion Strategic Investment Fund',
    'Hudson Institute',
    '2025-09',
    'https://www.hudson.org/trade/investing-security-success-analysis-us-japan-550-billion-strategic-investment-fund-william-chou',
  ),
  whFactSheet20250905: source(
    'Fact Sheet: President Donald J. Trump Implements a Historic U.S.-Japan Framework Agreement',
    'The White House',
    '2025-09-05',
    'https://www.whitehouse.gov/fact-sheets/2025/09/fact-sheet-president-donald-j-trump-implements-a-historic-u-s-japan-framework-agreement/',
  ),
  eo14345: source(
    'Executive Order 14345, Implementing the United States-Japan Agreement (90 FR 43535)',
    'Federal Register',
    '2025-09-09',
    'https://www.govinfo.gov/content/pkg/FR-2025-09-09/html/2025-17389.htm',
  ),
  ft45Days: source(
    'Japan given 45 days under trade deal to invest in Trump-picked US projects or face steep tariffs',
    'Swarajya (reporting the Financial Times)',
    '2025-09-06',
    'https://swarajyamag.com/world/japan-given-45-days-under-trade-deal-to-invest-in-trump-picked-us-projects-or-face-steep-tariffs',
    'source.ft45Days.note',
  ),
  whFactSheet20251028: source(
    'Fact Sheet: President Donald J. Trump Drives Forward Billions in Investments from Japan',
    'The White House',
    '2025-10-28',
    'https://www.whitehouse.gov/fact-sheets/2025/10/28195/',
  ),
  reutersTranche1: source(
    'Trump says Japan to invest in energy, industrial projects in Ohio, Texas and Georgia',
    'Reuters',
    '2026-02-17',
    'https://www.newsnetworks.com/trump-says-japan-to-invest-in-energy-industrial-projects-in-ohio-texas-and-georgia-273178.html',
  ),
  tbsTranche1: source(
    'Japanese translation of the Commerce Department fact sheet on the first projects',
    'Bloomberg / TBS',
    '2026-02-18',
    'https://newsdig.tbs.co.jp/articles/withbloomberg/2477116?display=1',
    'source.tbsTranche1.note',
  ),
  whFactSheet20260319: source(
    'Fact Sheet: President Donald J. Trump Strengthens U.S.-Japan Alliance for the Benefit of All Americans',
    'The White House',
    '2026-03-19',
    'https://www.whitehouse.gov/fact-sheets/2026/03/fact-sheet-president-donald-j-trump-strengthens-u-s-japan-alliance-for-the-benefit-of-all-americans/',
  ),
  whKoreaFactSheet: source(
    'Joint Fact Sheet on President Donald J. Trump’s Meeting with President Lee Jae-myung',
    'The White House',
    '2025-11-13',
    'https://www.whitehouse.gov/fact-sheets/2025/11/joint-fact-sheet-on-president-donald-j-trumps-meeting-with-president-lee-jae-myung/',
  ),
  akazawaEquity: source(
    'Japan says $550B U.S. trade fund mostly loans, equity 1-2%',
    'NHK via DeepNewz',
    '2025-07-25',
    'https://preview.deepnewz.com/japan/japan-says-550-b-u-s-trade-fund-mostly-loans-equity-1-2-defa1671',
  ),
  seedArticle: source(
    'Japan’s US$550 billion bet: structure, sectors and caveats',
    'Portfolio Prints (project seed article, shared/seeds/004)',
    '2025',
    undefined,
    'source.seedArticle.note',
  ),
  akazawaProfits: source(
    'Japan-US $550 billion fund: “significant gaps” remain',
    'EurAsian Times (project seed article, shared/seeds/001)',
    '2026-02-12',
    undefined,
    'source.akazawaProfits.note',
  ),
  nrelReeds: source(
    'ReEDS model inputs: construction_schedules_default.csv',
    'NREL (ReEDS model, ATB 2024 inputs)',
    '2024',
    'https://github.com/ajsbergman/ReEDS',
  ),
  csetFabs: source(
    'How to build a fab quickly (CSET data on 635 greenfield fabs)',
    'CSET via Radiation Oncology Notes',
    '2022-03-11',
    'https://radoncnotes.com/2022/03/11/how-to-build-a-fab-quickly/',
  ),
  fedRates: source(
    'Chart of the week: the Fed holds at 3.50–3.75%',
    'Fidelity',
    '2026-01-28',
    'https://www.fidelity.com/viewpoints/active-investor/chart-of-the-week',
    'source.fedRates.note',
  ),
  treasury10y: source(
    'US 10-year Treasury yield, February 2026',
    'macrospire',
    '2026-02-18',
    'https://macrospire.com/treasury',
    'source.treasury10y.note',
  ),
  jbicBonds: source(
    'JBIC 10-year government-guaranteed USD bond: UST + 32.8 bp',
    'Capital Eye',
    '2024-04',
    'https://c-eye.co.jp/review-dt/73498',
  ),
  nrfSpreads: source(
    'Gas-fired power plants (loan margins 225–325 bp)',
    'Norton Rose Fulbright, Project Finance NewsWire',
    '2016-04',
    'https://www.projectfinance.law/publications/2016/april/gas-fired-power-plants/',
  ),
  katzSplit: source(
    'Correction on the terms of Japan’s $550 billion deal',
    'Richard Katz (Substack)',
    '2025-09',
    'https://richardkatz.substack.com/p/correction-on-the-terms-of-japans',
  ),
  cabinetAnswer: source(
    'Answer No. 80 to Rep. Akiko Oishi on MOU paragraph 13',
    'Cabinet of Japan (House of Representatives)',
    '2025-11-28',
    'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/b219080.htm',
  ),
  usdJpy: source(
    'US$550 bn ≈ ¥86 tn (March 2026 exchange rate)',
    'Yomiuri Shimbun',
    '2026-03-08',
    'https://japannews.yomiuri.co.jp/politics/politics-government/20260308-315057/',
  ),
  tariffLetter: source(
    'Trump letter sets 25% tariff on Japan',
    'Kyodo via Daily8',
    '2025-07-09',
    'https://www.daily8.com/en/article/5479d5220b13aa0b52e5096c94b92a03',
  ),
  mofExports: source(
    'Trump tariffs set to deal heavy blow to trade partner Japan (exports to the US ¥21.3 tn in 2024)',
    'nippon.com (MOF data)',
    '2025-04-09',
    'https://www.nippon.com/en/japan-data/h02371/trump-tariffs-set-to-deal-heavy-blow-to-trade-partner-japan.html',
  ),
  alessandriaHazard: source(
    'Alessandria, Khan & Khederlarian, World Bank PRWP 9551 (annual MFN non-renewal risk about 4.5%)',
    'World Bank',
    '2021-02',
    'https://openknowledge.worldbank.org/bitstreams/11259348-32cc-5d63-abec-ab14bb8e1b3d/download',
  ),
  ustr301: source(
    'U.S. opens trade probes against Japan, over a dozen other countries',
    'Kyodo via Japan Today',
    '2026-03-12',
    'https://japantoday.com/category/politics/update2-u.s.-opens-trade-probes-against-japan-over-a-dozen-other-countries',
  ),
  whSection122: source(
    'Fact Sheet: President Donald J. Trump Imposes a Temporary Import Duty (Section 122, 150 days)',
    'The White House',
    '2026-02-20',
    'https://www.whitehouse.gov/fact-sheets/2026/02/fact-sheet-president-donald-j-trump-imposes-a-temporary-import-duty-to-address-fundamental-international-payment-problems/',
  ),
  nriGdp: source(
    'NRI (Kiuchi): 25% tariffs cut GDP 0.85%, 15% cuts 0.55%',
    'NHK via Daily8',
    '2025-07',
    'https://www.daily8.com/en/article/fe76b1fd6b90aed726742776c03c2f1c',
  ),
} as const satisfies Record<string, Source>;
