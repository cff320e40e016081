/** Each chart's title, by id: the embed builder's choices and the embed code's frame title. */
import type { MessageKey } from '../i18n/en';
import type { ChartId } from '../state/view';

export const CHART_TITLES: Readonly<Record<ChartId, MessageKey>> = {
  money: 'chart.money.title',
  risk: 'chart.risk.title',
  tariff: 'chart.tariff.title',
  japan: 'chart.japan.title',
  split: 'chart.split.title',
};
