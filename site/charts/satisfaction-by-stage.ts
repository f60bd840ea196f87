// CSAT by service stage, labelled from the Settings list of stages.
import type { EnumValue } from '../../shared/enums';
import type { SatisfactionSummary } from '../../shared/report/satisfaction';
import { labelOf, words, type Lang } from '../i18n';
import type { ChartConfig } from './chart-kit';
import { csatBars } from './csat-bars';

export function satisfactionByStageChart(section: { byStage: SatisfactionSummary['byStage']; stages: readonly EnumValue[] }, lang: Lang): ChartConfig {
  return csatBars(section.byStage.map((s) => ({ label: labelOf(section.stages, s.stage, lang), csat: s.csat })), words(lang).axis.stage, lang);
}
