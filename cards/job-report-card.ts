import type { Language } from '../src/domain/model.ts';
import type { JobReport } from '../src/app/status-jobs.ts';
import { adaptiveCard } from './card-json.ts';
import { fill } from './status-texts.ts';

const TEXTS = {
  names: {
    'status-request': { sv: 'Statusförfrågan', en: 'Status request' },
    'status-reminder': { sv: 'Påminnelse', en: 'Reminder' },
  },
  started: { sv: '{job} för vecka {week} körs nu …', en: 'Running {job} for week {week} …' },
  done: { sv: '{job} vecka {week} är klar', en: '{job} week {week} is done' },
  notRun: {
    paused: { sv: 'Vecka {week} är pausad i schemat; inget skickades.', en: 'Week {week} is paused in the schedule; nothing was sent.' },
    held: { sv: 'En annan instans kör redan jobbet; inget skickades härifrån.', en: 'Another instance is already running the job; nothing was sent from here.' },
    done: { sv: 'Jobbet har redan körts för veckan.', en: 'The job has already run for the week.' },
  },
  facts: {
    queued: { sv: 'Nya i utkorgen', en: 'Newly queued' },
    sent: { sv: 'Skickade', en: 'Sent' },
    failed: { sv: 'Misslyckade', en: 'Failed' },
    unreachable: { sv: 'Nås inte', en: 'Unreachable' },
    uncertain: { sv: 'Osäkra (kanske levererade)', en: 'Uncertain (maybe delivered)' },
  },
  unreachableHint: {
    sv: 'Nås inte (appen är inte installerad för dem, eller blockerad): {names}. Be dem öppna Samverkan i Teams och skriva "hej".',
    en: 'Unreachable (the app is not installed for them, or blocked): {names}. Ask them to open Samverkan in Teams and say "hi".',
  },
} as const;

export const jobStartedText = (job: JobReport['job'], week: string, language: Language) =>
  fill(TEXTS.started[language], { job: TEXTS.names[job][language], week: Number(week.slice(6)) });

/** What an admin sees after "kör statusförfrågan nu". */
export function buildJobReportCard(report: JobReport, names: Map<string, string>, language: Language) {
  const job = TEXTS.names[report.job][language];
  const title = fill(TEXTS.done[language], { job, week: Number(report.week.slice(6)) });
  if (!report.ran) {
    const text = fill(TEXTS.notRun[report.reason][language], { week: Number(report.week.slice(6)) });
    return { card: adaptiveCard([{ type: 'TextBlock', text, wrap: true }], [], text), text };
  }
  const facts = [
    { title: TEXTS.facts.queued[language], value: String(report.queued) },
    { title: TEXTS.facts.sent[language], value: String(report.drain.sent) },
    { title: TEXTS.facts.failed[language], value: String(report.drain.failed) },
    { title: TEXTS.facts.unreachable[language], value: String(report.unreachable.length) },
    { title: TEXTS.facts.uncertain[language], value: String(report.drain.uncertain) },
  ];
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true },
    { type: 'FactSet', facts },
  ];
  if (report.unreachable.length > 0) {
    const list = report.unreachable.map((id) => names.get(id) ?? id).join(', ');
    body.push({ type: 'TextBlock', text: fill(TEXTS.unreachableHint[language], { names: list }), wrap: true, color: 'Warning' });
  }
  const text = `${title}\n${facts.map((f) => `${f.title}: ${f.value}`).join('\n')}`;
  return { card: adaptiveCard(body, [], text), text };
}
