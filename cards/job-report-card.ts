import { escapeMarkdown } from './escape-markdown.ts';
import type { Language } from '../src/domain/model.ts';
import type { JobReport } from '../src/app/status-jobs.ts';
import { adaptiveCard } from './card-json.ts';
import { t } from './texts/catalogue.ts';
import { JOB_FACTS, JOB_NAMES, JOB_NOT_RUN, JOB_TEXTS as TEXTS } from './texts/jobs.ts';

export const jobStartedText = (job: JobReport['job'], week: string, language: Language) =>
  t(TEXTS.started, language, { job: t(JOB_NAMES[job], language), week: Number(week.slice(6)) });

/** What an admin sees after "kör statusförfrågan nu". */
export function buildJobReportCard(report: JobReport, names: Map<string, string>, language: Language) {
  const job = t(JOB_NAMES[report.job], language);
  const title = t(TEXTS.done, language, { job, week: Number(report.week.slice(6)) });
  if (!report.ran) {
    const text = t(JOB_NOT_RUN[report.reason], language, { week: Number(report.week.slice(6)) });
    return { card: adaptiveCard([{ type: 'TextBlock', text, wrap: true }], [], text), text };
  }
  const facts = [
    { title: t(JOB_FACTS.queued, language), value: String(report.queued) },
    { title: t(JOB_FACTS.sent, language), value: String(report.drain.sent) },
    { title: t(JOB_FACTS.failed, language), value: String(report.drain.failed) },
    { title: t(JOB_FACTS.unreachable, language), value: String(report.unreachable.length) },
    { title: t(JOB_FACTS.uncertain, language), value: String(report.drain.uncertain) },
  ];
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true },
    { type: 'FactSet', facts },
  ];
  if (report.unreachable.length > 0) {
    const list = report.unreachable.map((id) => escapeMarkdown(names.get(id) ?? id)).join(', ');
    body.push({ type: 'TextBlock', text: t(TEXTS.unreachableHint, language, { names: list }), wrap: true, color: 'Warning' });
  }
  const text = `${title}\n${facts.map((f) => `${f.title}: ${f.value}`).join('\n')}`;
  return { card: adaptiveCard(body, [], text), text };
}
