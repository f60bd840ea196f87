// CSAT by customer tier (VIP, core, potential, ordinary).
import { TIER } from '../../shared/enums';
import type { SatisfactionSummary } from '../../shared/report/satisfaction';
import { labelOf, words, type Lang } from '../i18n';
import type { ChartConfig } from './chart-kit';
import { csatBars } from './csat-bars';

export function satisfactionByTierChart(byTier: SatisfactionSummary['byTier'], lang: Lang): ChartConfig {
  return csatBars(byTier.map((t) => ({ label: labelOf(TIER, t.tier, lang), csat: t.csat })), words(lang).axis.tier, lang);
}
