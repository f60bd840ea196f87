// 新人培训考核 for the sample: two cohorts through the test plan; one passes the retake, one fails it and leaves, one fails the day-3 basic exam.
import { addDays, monthOf, monthsBetween } from '../../shared/dates';
import type { TrainingDecision, TrainingTest } from '../../shared/enums';
import type { TrainingResult } from '../../shared/schema/training';
import type { Settings } from '../../shared/settings';
import { dayOfWeek } from './calendar';
import type { Period } from './customers';
import { AGENTS, TRAINEES, WEAK_AGENT } from './names';
import type { Random } from './random';

const PLAN: readonly (readonly [Exclude<TrainingTest, 'probation-retake'>, string])[] = [
  ['typing', '打字卷A'], ['phone-manner', '电话情景卷A'], ['basic', '基础卷A'],
  ['comprehensive-1', '综合卷一A'], ['comprehensive-2', '综合卷二A'], ['probation', '转正卷A'],
];
const RETAKE_PAPER = '转正卷B';

type Fate = 'confirm' | 'retake-pass' | 'retake-fail' | 'eliminated';

function firstMonday(month: string): string {
  let day = `${month}-01`;
  while (dayOfWeek(day) !== 1) day = addDays(day, 1);
  return day;
}

export function generateTraining(random: Random, settings: Settings, period: Period): TrainingResult[] {
  const months = monthsBetween(monthOf(period.from), monthOf(period.to));
  const mentors = AGENTS.filter((a) => a !== WEAK_AGENT);
  const cohorts = [months[Math.floor(months.length * 0.34)]!, months[Math.floor(months.length * 0.77)]!];
  const rows: Omit<TrainingResult, 'id'>[] = [];
  let mentorTurn = random.int(0, mentors.length - 1);
  cohorts.forEach((cohort, c) => {
    const startDate = firstMonday(cohort);
    TRAINEES[c]!.forEach((trainee, t) => {
      // The first cohort's third trainee needs the retake and passes; the second cohort's second fails it and leaves;
      // its fourth fails the day-3 basic exam and is eliminated (000 "第3天基本能力考試…不合格者淘汰").
      const fate: Fate = c === 0 && t === 2 ? 'retake-pass' : c === 1 && t === 1 ? 'retake-fail' : c === 1 && t === 3 ? 'eliminated' : 'confirm';
      const { passMark } = settings.training;
      const mentor = mentors[mentorTurn++ % mentors.length]!;
      const plan = fate === 'eliminated' ? PLAN.slice(0, PLAN.findIndex(([test]) => test === 'basic') + 1) : PLAN;
      const results: Omit<TrainingResult, 'id'>[] = plan.map(([test, paper]) => {
        // Only a trainee who passed the basic exam goes on with the plan.
        const score = test === 'basic'
          ? (fate === 'eliminated' ? random.int(passMark - 15, passMark - 1) : random.int(passMark, 96))
          : test === 'probation'
            ? (fate === 'confirm' ? random.int(82, 97) : random.int(64, 76))
            : fate === 'retake-fail' ? random.int(72, 86) : random.int(76, 98);
        return { cohort, trainee, mentor, startDate, test, date: addDays(startDate, settings.training.testDay[test] - 1), paper, score };
      });
      const probation = results[results.length - 1]!;
      if (fate === 'retake-pass' || fate === 'retake-fail') {
        results.push({
          cohort, trainee, mentor, startDate, test: 'probation-retake', date: addDays(probation.date, settings.training.retakeAfterDays),
          paper: RETAKE_PAPER, score: fate === 'retake-pass' ? random.int(83, 92) : random.int(66, 75),
        });
      }
      // Elimination follows from the failed basic exam itself; no decision is recorded for it.
      if (fate !== 'eliminated') {
        const decision: TrainingDecision = fate === 'retake-fail' ? 'leave' : 'confirm';
        results[results.length - 1]!.decision = decision;
      }
      rows.push(...results.filter((r) => r.date <= period.to));
    });
  });
  return rows
    .map((row, order) => ({ row, order }))
    .sort((a, b) => (a.row.date < b.row.date ? -1 : a.row.date > b.row.date ? 1 : a.order - b.order))
    .map(({ row }, i) => ({ id: `PX${String(i + 1).padStart(3, '0')}`, ...row }));
}
