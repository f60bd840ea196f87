// CSAT by agent, as bars in %; agents with too few answers get no bar.
import type { SatisfactionSummary } from '../../shared/report/satisfaction';
import { words, type Lang } from '../i18n';
import type { ChartConfig } from './chart-kit';
import { csatBars } from './csat-bars';

export function satisfactionByAgentChart(byAgent: SatisfactionSummary['byAgent'], lang: Lang): ChartConfig {
  return csatBars(byAgent.map((a) => ({ label: a.agent, csat: a.csat })), words(lang).agent, lang);
}
