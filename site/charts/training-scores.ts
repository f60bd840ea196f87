// One cohort's trainees: each one's score on each test of the plan (a line per trainee) against the pass mark (dashed).
import { TRAINING_TEST, type TrainingTest } from '../../shared/enums';
import type { TraineeSummary } from '../../shared/report/training';
import { labelOf, words, type Lang } from '../i18n';
import { baseOptions, categoryAxis, lineSeries, referenceLine, valueAxis, wrapLabel, type ChartConfig } from './chart-kit';

/** The tests anyone in the cohort sat, in plan order. */
export function testsTaken(trainees: readonly TraineeSummary[]): TrainingTest[] {
  const taken = new Set(trainees.flatMap((t) => t.scores.map((s) => s.test)));
  return TRAINING_TEST.map((t) => t.key).filter((k) => taken.has(k));
}

/** A trainee's latest score on a test, or null when they did not sit it. */
function scoreOn(trainee: TraineeSummary, test: TrainingTest): number | null {
  const sat = trainee.scores.filter((s) => s.test === test);
  return sat.length > 0 ? sat[sat.length - 1]!.score : null;
}

export function trainingScoresChart(section: { trainees: readonly TraineeSummary[]; passMark: number }, lang: Lang): ChartConfig {
  const w = words(lang);
  const tests = testsTaken(section.trainees);
  return {
    type: 'line',
    data: {
      labels: tests.map((t) => wrapLabel(labelOf(TRAINING_TEST, t, lang))),
      datasets: [
        ...section.trainees.map((t, i) => lineSeries(w.series.score(t.trainee), tests.map((test) => scoreOn(t, test)), i)),
        referenceLine(w.series.passMark(section.passMark), section.passMark, tests.length),
      ],
    },
    options: {
      ...baseOptions(section.trainees.length + 1, lang),
      scales: { x: categoryAxis(w.axis.test), y: valueAxis(w.axis.score, { min: 0, max: 100 }) },
    },
  };
}
