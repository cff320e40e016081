/**
 * The data's own words in English: why each assumption, what we took from a source, the
 * names of announced projects, events and funding steps, and the release notes. Part of a
 * data release: src/data/text/ja.ts must have the same keys (the type-check says so).
 */
export const dataEn = {
  'basis.annualCap':
    'No annual cap in Japan’s MOU (0 means none); Korea’s MOU caps the cash it pays out at US$20 bn a year.',
  'basis.loanSpread':
    'Loan rate = Treasury + 2.00%; historical project-finance spreads were 1.75–3.25%.',
  'basis.guaranteeFee': 'A guarantee fee of 0.75% a year.',
  'basis.deemedSpread':
    'Deemed-allocation rate = SOFR + spread (structure per Katz); Katz’s example implies about 2%.',
  'basis.irrShift': 'No shift: the sector table’s IRRs as they are.',
  'basis.strictness':
    'Width of Japan’s decision curve: a quarter of a point of margin moves the odds of funding by a factor of e.',
  'basis.creditSensitivity':
    'Default probabilities scale with the debt service due per unit of project cash flow, to the power 3.',
  'basis.guaranteeWeight': 'Guarantees count at face value toward the pledge (Tokyo’s reading).',
  'basis.gapMultiplier':
    'The threat rate doubles at a 20-point shortfall against the required pace.',
  'basis.declineMultiplier':
    'The threat rate triples when a quarter of selected value has been declined (the MOU’s penalty clause).',
  'basis.deadlineFactor':
    'At the deadline, a one-off threat with a probability equal to the remaining shortfall share.',
  'basis.successorFactor':
    'After 20 Jan 2029 a new administration threatens at half the rate: whoever follows may not press the deal as hard.',
  'basis.threatRate':
    'A quarter of a threat a year with no shortfall: no public threat against Japan over the pledge from the MOU to 9 Oct 2026; Korea drew one (26 Jan 2026, during its legislative delay, not implemented).',
  'basis.mcPaths': 'Enough paths for stable bands at interactive speed.',
  'basis.mcSeed': 'Any seed; the same seed gives the same paths.',
  'basis.sectorFinance':
    'Project life, IRR (infrastructure core to core-plus 8–12%), default probability and size are stylised figures for the sector.',
  'basis.sector.ai': 'Data-centre power and equipment are built in about two years.',
  'basis.sector.semis': 'A three-year build, front-loaded like other process plants.',
  'basis.sector.minerals': 'A three-year mine or plant build, front-loaded.',
  'basis.sector.pharma': 'A three-year plant build.',
  'basis.sector.shipping': 'A three-year yard or terminal build.',
  'basis.sector.other': 'Small strategic projects (quantum and others) built in two years.',
  'basis.loanGuaranteeSplit':
    'No official loan/guarantee split exists; the ratio follows the seed article’s table (loans ~60–65%, guarantees ~25–30%).',
  'basis.goods.metals232Share':
    'Other Section 232 goods (metals, patented drugs, furniture, polysilicon, some chips): 54–59% of US imports from Japan fall under some Section 232 action (Yale; Global Trade Alert), less the autos.',
  'basis.goods.metals232Rate':
    'A blend: core metals at 50%, downstream metals at 25%, the Japan caps at 15% (pharmaceuticals, furniture, polysilicon).',
  'basis.goods.metals232Penalty':
    'The Japan caps withdrawn: patented drugs, furniture and polysilicon back to their general rates.',
  'basis.goods.otherShare': 'The rest of Japan’s goods exports to the US.',
  'basis.goods.section122':
    'Section 122 surcharge: MFN + 10%, taken as 12.5% with an MFN average of about 2.5% (the rate on cars, as a stand-in).',
  'basis.goods.otherPenalty':
    'The 2025 letter rate, 25%: reachable by modifying the Section 301 action, or under Section 338 (up to 50%).',
  'basis.preset.central': 'The defaults, each sourced in the methodology.',
  'basis.preset.tokyoMargin':
    '“We won’t take losses” read as half a point of margin over Japan’s funding cost.',
  'basis.preset.washington':
    'Washington counts a guarantee at a quarter of its face value toward the pledge.',
  'basis.preset.ourMoney':
    'Trump: “our money to invest, as we like”: half equity, half loans, no guarantees.',
  'basis.preset.highRates':
    '10-year Treasury 5.5% and SOFR 5%: a point or so above the latest values.',
  'basis.pace': 'Announced value over the time since the MOU: {total} from {from} to {to}.',
  'basis.tranchePace':
    'The pace of the two tranches: {total} announced from the MOU to the last announcement ({to}).',
  'basis.preset.onPace':
    'Selections of {pace} a year: the pace at which the central path credits the whole pledge by the deadline (solved).',
  'basis.plausible.sofr': 'Three quarter-point Fed moves either way.',
  'basis.plausible.jbicSpread':
    'JBIC’s dollar bonds have priced about 0.2–0.5 points over Treasuries.',
  'basis.plausible.guaranteeFee': 'Half a point to a point a year.',
  'basis.plausible.deemedSpread': 'One to three points over SOFR.',
  'basis.plausible.irrShift': 'Two points either way on every project.',
  'basis.plausible.requiredMargin': 'From a quarter point below break-even to a point above it.',
  'basis.plausible.strictness': 'A tenth of a point to half a point.',
  'basis.plausible.creditSensitivity': 'From proportional to the fifth power.',
  'basis.plausible.guaranteeWeight': 'Washington’s reading (a quarter) to Tokyo’s (face value).',
  'basis.plausible.exports': '10% either side of 2025’s exports.',
  'basis.plausible.threatRate': 'One threat in ten years to one a year.',
  'basis.plausible.multiplier': 'Half as strong to half again as strong as the default.',
  'basis.plausible.deadlineFactor': 'Half to one and a half times the shortfall share.',
  'basis.plausible.successorFactor': 'A successor that never threatens, to one as pressing.',
  'basis.plausible.metals232Penalty':
    'From no change (20%) to the general rate on core metals, 50%.',
  'source.ft45Days.note':
    'Sources differ on business vs calendar days; GMTEight and Bloomberg say 45 business days.',
  'source.tbsTranche1.note': 'The Japanese government gives US$33.3 bn for the Ohio plant.',
  'source.seedArticle.note':
    'Instrument and sector tables; midpoints of its ranges, normalised to 100%.',
  'source.akazawaProfits.note':
    'Akazawa: companies “must be able to earn solid profits and absolutely not suffer losses”.',
  'source.treasury10y.note': '4.22% on 9 Feb 2026 (Trading Economics), 4.04% on 13 Feb 2026.',
  'source.treasury10ySep2026.note':
    'A single weak source: no dated value was found between 9 Sep and 9 Oct 2026.',
  'source.treasury10yHigh2026.note':
    'A single weak source, in words only (“highest since 2007”): read as about 5%, above the October 2023 peak.',
  'source.fedSeptember2026.note':
    'Raised from 3.50–3.75% on 16 Sep 2026. No SOFR print was found; SOFR trades inside the corridor, taken at interest on reserves, 3.90%.',
  'source.fr301ForcedLabor.note':
    'Japan’s tier: a total of max(12.5%, MFN); Section 232 goods are excluded (HTS Rev 21, headings 9903.05.48–.49).',
  'source.mofExports2025.note':
    'Cars ¥5,340.9 bn and parts about ¥1,070 bn (derived: 2024’s ≈¥1.2 tn less 10.7%) of ¥20,414 bn: 31.4%.',
  'source.bloombergTaco.note':
    'The implemented share, about 1 in 4 (25%); the plausible range runs from fully implemented (20.4%) to fully, partly or implemented then withdrawn (34.7%).',
  'source.moodysProjectFinance.note':
    'Loss given default 20% (recoveries average 80%); the 6.7% ten-year default rate sits in the range of the sector table.',
  'source.nriTenPercent.note':
    'About 0.24% of GDP a year per 10 points of tariff on all goods, scaled pro rata to the gap between penalty and current rates.',
  'selection.oh-gas': 'Ohio 9.2 GW gas power plant (SB Energy)',
  'selection.tx-gulflink': 'Texas GulfLink crude export terminal',
  'selection.ga-diamond': 'Georgia synthetic diamond grit plant',
  'selection.tn-al-smr': 'SMR power plants, Tennessee and Alabama (GE Vernova Hitachi)',
  'selection.pa-tx-gas': 'Gas generation, Pennsylvania and Texas',
  'event.s301-s122': 'Section 301 determinations and the Section 122 surcharge expiry',
  'funding.jbic-2026-05-01':
    'JBIC and private banks sign loans of more than {amount} for the three first projects',
  'goods.autos': 'Cars, light trucks and parts (Section 232, the Japan deal heading)',
  'goods.metals232': 'Other Section 232 goods (metals, patented drugs, furniture, polysilicon)',
  'goods.other': 'All other goods (Section 301 “forced labor” action)',
  'goods.autos.route':
    'A proclamation returning Japan to the general Section 232 heading (MFN + 25%)',
  'goods.metals232.route': 'Proclamations withdrawing the Japan caps',
  'goods.other.route': 'A modified Section 301 action, or Section 338 (up to 50%)',
  'release.1.first':
    'First release: the five announced projects (17 Feb and 19 Mar 2026), markets as of March 2026.',
  'release.2.asOf':
    'Data checked through 9 Oct 2026: no project selected after 19 Mar 2026 and no penalty on Japan, so the model projects only from November 2026 and measures the default pace to that date (US$99.5 bn a year, was US$203 bn).',
  'release.2.tariffs':
    'Tariffs by legal route after the Supreme Court’s IEEPA ruling (20 Feb 2026): cars and parts 15% under Section 232; other goods MFN + 10% under Section 122 to 23 Jul 2026, then 12.5% under the Section 301 action.',
  'release.2.goods':
    'Japan’s 2025 exports to the US (¥20.4 tn, MOF) split into three goods classes, converted at the 2025 average of ¥149.57 per US$.',
  'release.2.funding':
    'JBIC’s loans of more than ¥340 bn for the first projects (1 May 2026) added as a fact.',
  'release.2.markets':
    'Markets: the Fed raised rates to 3.75–4.00% on 16 Sep 2026 (SOFR taken at 3.90%); 10-year Treasury about 4.8% and yen about 154 per US$ (8 Sep 2026, single weak sources).',
  'release.2.hazard':
    'The penalty comes as threats, a quarter of them implemented (Bloomberg Economics’ count); the old 5% base hazard from 1990s trade votes is gone.',
  'release.2.credit':
    'Loss given default 20% (Moody’s: recoveries average 80%); project quality now moves default risk.',
} as const;
