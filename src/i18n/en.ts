/** The English catalogue: every user-visible string. `{name}` marks a value filled in. */
export const en = {
  'app.title': 'Japan’s US$550 bn pledge: how fast the money moves',
  'app.lede':
    'Japan agreed to fund US$550 bn of US projects chosen by Washington by 19 January 2029, in exchange for 15% tariffs instead of 25%. Move the assumptions and see how much is credited toward the pledge against the pace the deal requires.',
  'app.projection': 'A stylised projection from sourced assumptions, not a forecast.',
  'app.dataAsOf': 'Announced projects as of {date}.',
  'controls.heading': 'Assumptions',
  'param.pledgeUsdBn.label': 'Pledge',
  'param.pledgeUsdBn.help': 'The total Japan promised to fund by the end of the investment period.',
  'unit.usdBn': 'US$ bn',
  'slider.bounds': 'from {min} to {max}',
  'chart.money.title': 'Credited toward the pledge vs the required pace',
  'chart.money.description':
    'Credited commitments reach {credited} by the deadline of {deadline}, {share} of the pledge of {pledge}.',
  'chart.axis.usdBn': 'US$ bn, cumulative',
  'series.credited': 'Credited toward the pledge',
  'series.required': 'Required pace',
  'marker.deadline': 'Deadline',
  'footer.source':
    'Sources and method: see the methodology. Data: White House fact sheets, Reuters, MOF.',
} as const;

export type MessageKey = keyof typeof en;
export type Catalogue = Readonly<Record<MessageKey, string>>;
