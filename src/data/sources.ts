/**
 * The published sources the defaults cite (src/data/provenance.ts: a default cites one by its
 * id, or is labelled an assumption): title, publisher, date, URL. Details and confidence marks:
 * shared/reference/domain-facts.md. Titles and publishers are cited as published; our own words
 * (notes) are catalogue keys. Only what shows a source imports this module (the controls' source
 * chips, the methodology, the projects table, the data panel and the data check), so an embed
 * without live controls never loads it.
 */
import type { MessageKey } from '../i18n/en';
import type { SourceRef } from './provenance';

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
  /**
   * How far to trust it (reference/tariffs-2026.md): A primary or official, B reputable
   * secondary, C a single or weak source, which the page labels as such.
   */
  readonly confidence?: 'A' | 'B' | 'C';
}

function source(
  title: string,
  publisher: string,
  date: string,
  url: string | undefined,
  note?: NoteKey,
  confidence?: Source['confidence'],
): Source {
  return {
    kind: 'source',
    title,
    publisher,
    date,
    ...(url === undefined ? {} : { url }),
    ...(note === undefined ? {} : { note }),
    ...(confidence === undefined ? {} : { confidence }),
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
  ustr301: source(
    'U.S. opens trade probes against Japan, over a dozen other countries',
    'Kyodo via Japan Today',
    '2026-03-12',
    'https://japantoday.com/category/politics/update2-u.s.-opens-trade-probes-against-japan-over-a-dozen-other-countries',
  ),
  usConstitution20th: source(
    'Constitution of the United States, Twentieth Amendment, section 1 (terms end at noon on 20 January)',
    'Congress.gov, Constitution Annotated',
    '1933',
    'https://constitution.congress.gov/constitution/amendment-20/',
    undefined,
    'A',
  ),
  hts2026Rev21: source(
    'Harmonized Tariff Schedule of the United States (2026) Revision 21, chapter 99 headings 9903.94.40–.43 (Japan: cars, light trucks and parts at 15% all-in) and 9903.94.01 (general Section 232 heading, MFN + 25%), as captured on 2026-10-10',
    'USITC (heading rows in koala73/worldmonitor)',
    '2026-10-09',
    'https://github.com/koala73/worldmonitor/blob/eda4afa66f16d384de46c366230c614853e0e7cb/tests/fixtures/us-hts/chapter99-headings.json',
    undefined,
    'A',
  ),
  itaJapanAutos: source(
    'Implementing Certain Tariff-Related Elements of the United States-Japan Agreement (FR Doc. 2025-17908, 90 FR 44638)',
    'US Department of Commerce, ITA (Federal Register)',
    '2025-09-16',
    'https://www.govinfo.gov/content/pkg/FR-2025-09-16/html/2025-17908.htm',
    undefined,
    'A',
  ),
  yalePolicyTiming: source(
    'Tariff rate tracker: policy timing (Section 232 autos from 3 Apr 2025; IEEPA, Section 122 and Section 301 dates)',
    'The Budget Lab at Yale (tariff-rate-tracker)',
    '2026-08',
    'https://github.com/Budget-Lab-Yale/tariff-rate-tracker/blob/02f02f974d78cbe6a40268671550393ac897c11e/docs/policy_timing.md',
    undefined,
    'A',
  ),
  fr301ForcedLabor: source(
    'Notice of Actions in Section 301 Investigations of Acts, Policies, and Practices of Various Economies (FR Doc. 2026-15181, 91 FR 47318), in force from 24 Jul 2026',
    'USTR (Federal Register)',
    '2026-07-28',
    'https://www.federalregister.gov/documents/2026/07/28/2026-15181/notice-of-actions-in-section-301-investigations-of-acts-policies-and-practices-of-various-economies',
    'source.fr301ForcedLabor.note',
    'A',
  ),
  mofExports2025: source(
    'Japan Logs Trade Deficit of 2.6 T. Yen in 2025 (exports to the US ¥20,414 bn; cars ¥5,340.9 bn)',
    'Jiji Press (MOF preliminary trade statistics)',
    '2026-01-22',
    'https://english.adnkronos.com/2026/01/22/japan-logs-trade-deficit-of-2-6-t-yen-in-2025',
    'source.mofExports2025.note',
    'B',
  ),
  fedG5a2025: source(
    'Foreign Exchange Rates G.5A (annual): Japan, 2025 average 149.5686 yen per US dollar (FRED series AEXJPUS)',
    'Federal Reserve Board',
    '2026-01-05',
    'https://fred.stlouisfed.org/series/AEXJPUS',
    undefined,
    'A',
  ),
  treasury10ySep2026: source(
    'Daily market digest, 8 Sep 2026 close: US 10-year yield about 4.78–4.80% (citing AP and the FT)',
    'songci-notes (GitHub issue #103)',
    '2026-09-08',
    'https://github.com/ibmclub-bit/songci-notes/issues/103',
    'source.treasury10ySep2026.note',
    'C',
  ),
  treasury10yHigh2026: source(
    'The U.S. bond market isn’t buying what Scott Bessent is selling (10-year yield at its highest since 2007)',
    'MS NOW',
    '2026-09-25',
    'https://www.ms.now/opinion/scott-bessent-treasury-bond-markets-vigilantes',
    'source.treasury10yHigh2026.note',
    'C',
  ),
  fedSeptember2026: source(
    'Federal Reserve issues FOMC statement; implementation note (target range 3.75–4.00%; interest on reserves 3.90% from 17 Sep 2026)',
    'Federal Reserve Board',
    '2026-09-16',
    'https://www.federalreserve.gov/newsevents/pressreleases/monetary20260916a1.htm',
    'source.fedSeptember2026.note',
    'A',
  ),
  usdJpySep2026: source(
    'Daily market digest, 8 Sep 2026: yen at about 153.97 per US dollar',
    'songci-notes (GitHub issue #103)',
    '2026-09-08',
    'https://github.com/ibmclub-bit/songci-notes/issues/103',
    undefined,
    'C',
  ),
  bloombergTaco: source(
    'TACO Tracking: Trump Carries Out Just One in Four Tariff Threats (Gorton-Caratelli and Kennedy, Bloomberg Economics; 49 threats: 20.4% fully, 8.2% partly implemented, 6.1% implemented then withdrawn)',
    'Bloomberg, via United Daily News',
    '2026-01-27',
    'https://udn.com/news/story/124373/9292343',
    'source.bloombergTaco.note',
    'B',
  ),
  moodysProjectFinance: source(
    'Default and Recovery Rates for Project Finance Bank Loans, 1983–2015 (10-year cumulative default rate 6.7%); the 1983–2014 edition: ultimate recoveries average 80%',
    'Moody’s Investors Service (via Business Standard for the recovery quote)',
    '2017-03-06',
    'https://business-standard.com/article/news-cm/moody-s-project-finance-remains-resilient-class-of-specialised-corporate-lending-116031700513_1.html',
    'source.moodysProjectFinance.note',
    'B',
  ),
  nhkJbicLoans: source(
    '対米投資第1弾 国際協力銀行などが融資契約を締結 (JBIC and private banks sign loans of more than ¥340 bn for the three first projects)',
    'NHK',
    '2026-05-01',
    'https://news.web.nhk/newsweb/na/na-k10015112781000',
    undefined,
    'B',
  ),
  whWithoutTranche: source(
    'White House fact sheets, April to 8 October 2026: no third set of Japan projects (mirror brian14708/wh-briefings)',
    'The White House',
    '2026-10-08',
    'https://github.com/brian14708/wh-briefings',
    undefined,
    'A',
  ),
  cabinetBreakEven: source(
    'Answer No. 120 to Rep. Kozu: JBIC and NEXI must set rates so that revenue covers costs (JBIC Act art. 13(2); Trade Insurance Act art. 40(2)); the MOU cannot override either country’s laws',
    'Cabinet of Japan (House of Representatives)',
    '2025-12-19',
    'https://www.shugiin.go.jp/internet/itdb_shitsumon.nsf/html/shitsumon/b219120.htm',
    undefined,
    'A',
  ),
  mainichiComposition: source(
    'The US$550 bn is a ceiling: JBIC equity and loans about a third, NEXI loan guarantees about two thirds',
    'Mainichi Shimbun',
    '2025-09-05',
    'https://feedman.me/posts/2oGxU',
    undefined,
    'B',
  ),
  koreaCashCap: source(
    '한미, 3500억달러 전략투자 MOU 서명 (the US$200 bn is paid by capital calls as projects progress, within US$20 bn a year; shipbuilding is company-led, outside it)',
    'Kookmin Ilbo',
    '2025-11-14',
    'https://www.kmib.co.kr/article/view.asp?arcid=0028974889',
    undefined,
    'B',
  ),
  nriTenPercent: source(
    'The GDP Impact of Reciprocal Tariffs is a 0.59% Decline (24% tariff); NRI’s 31 Mar 2025 column: a 10% tariff lowers GDP 0.24%',
    'Nomura Research Institute (Takahide Kiuchi)',
    '2025-04-03',
    'https://www.nri.com/en/media/column/nri_finsights/20250403.html',
    'source.nriTenPercent.note',
    'A',
  ),
  section338: source(
    '19 U.S.C. § 1338: new or additional duties of up to 50% ad valorem on the products of a country that discriminates against US commerce',
    'Legal Information Institute, Cornell Law School',
    '1930',
    'https://www.law.cornell.edu/uscode/text/19/1338',
    undefined,
    'A',
  ),
} as const satisfies Record<string, Source>;

export type SourceId = keyof typeof SOURCES;

/** The source a reference cites. */
export const sourceOf = (ref: SourceRef): Source => SOURCES[ref.id];
