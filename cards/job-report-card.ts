import { escapeMarkdown } from './escape-markdown.ts';
import type { Language } from '../src/domain/model.ts';
import type { JobReport } from '../src/app/status-jobs.ts';
import { adaptiveCard } from './card-json.ts';
import { t } from './texts/catalogue.ts';
import { JOB_FACTS, JOB_NAMES, JOB_NOT_RUN, JOB_NOT_RUN_DETAILS, JOB_TEXTS as TEXTS } from './texts/jobs.ts';
import { REACH_FACTS, REACH_TEXTS, UNREACHABLE_REASON_TEXTS } from './texts/roster.ts';

const clockInStockholm = new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm', hour: '2-digit', minute: '2-digit', second: '2-digit' });

/** Why a run did not run here, with what the lease tells: "pågår … sedan 09:00:12", "klar: 200 skickade". */
export function jobNotRunText(report: Extract<JobReport, { ran: false }>, language: Language): string {
  const week = Number(report.week.slice(6));
  if (report.reason === 'held' && report.since) return t(JOB_NOT_RUN_DETAILS.heldSince, language, { since: clockInStockholm.format(new Date(report.since)) });
  if (report.reason === 'done' && report.sent !== undefined) return t(JOB_NOT_RUN_DETAILS.doneSent, language, { week, sent: report.sent });
  return t(JOB_NOT_RUN[report.reason], language, { week });
}

export const jobStartedText = (job: JobReport['job'], week: string, language: Language) =>
  t(TEXTS.started, language, { job: t(JOB_NAMES[job], language), week: Number(week.slice(6)) });

/** What an admin sees after "kör statusförfrågan nu". */
export function buildJobReportCard(report: JobReport, names: Map<string, string>, language: Language) {
  const job = t(JOB_NAMES[report.job], language);
  const title = t(TEXTS.done, language, { job, week: Number(report.week.slice(6)) });
  if (!report.ran) {
    const text = jobNotRunText(report, language);
    return { card: adaptiveCard([{ type: 'TextBlock', text, wrap: true }], [], text), text };
  }
  const facts = [
    { title: t(JOB_FACTS.queued, language), value: String(report.queued) },
    { title: t(JOB_FACTS.sent, language), value: String(report.drain.sent) },
    { title: t(JOB_FACTS.failed, language), value: String(report.drain.failed) },
    { title: t(JOB_FACTS.unreachable, language), value: String(report.unreachable.length) },
    { title: t(JOB_FACTS.resent, language), value: String(report.drain.resent) },
    { title: t(JOB_FACTS.throttled, language), value: String(report.drain.throttled) },
  ];
  if (report.reach) {
    facts.splice(2, 0, { title: t(REACH_FACTS.direct, language), value: String(report.reach.direct.length) }, { title: t(REACH_FACTS.viaTeam, language), value: String(report.reach.viaTeam.length) });
  }
  let unreachableLines: string[] = [];
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: title, weight: 'Bolder', wrap: true },
    { type: 'FactSet', facts },
  ];
  if (report.reach && report.unreachable.length > 0) {
    // Each person once, with why: the reach step's reason, else the send's (blocked, app removed).
    const reasons = new Map(report.reach.unreachable.map(({ id, reason }) => [id, reason] as const));
    const lines = (unreachableLines = [...new Set(report.unreachable)].map((id) =>
      t(REACH_TEXTS.unreachableLine, language, { name: escapeMarkdown(names.get(id) ?? id), reason: t(UNREACHABLE_REASON_TEXTS[reasons.get(id) ?? 'blocked'], language) }),
    ));
    body.push(
      { type: 'TextBlock', text: t(REACH_TEXTS.unreachableHeading, language), wrap: true, color: 'Warning', weight: 'Bolder' },
      { type: 'TextBlock', text: lines.map((line) => `- ${line}`).join('\n'), wrap: true },
      { type: 'TextBlock', text: t(REACH_TEXTS.nextStep, language), wrap: true, isSubtle: true },
    );
  } else if (report.unreachable.length > 0) {
    const list = report.unreachable.map((id) => escapeMarkdown(names.get(id) ?? id)).join(', ');
    body.push({ type: 'TextBlock', text: t(TEXTS.unreachableHint, language, { names: list }), wrap: true, color: 'Warning' });
  }
  const uncoveredLine = report.uncovered?.length ? t(TEXTS.uncovered, language, { districts: report.uncovered.map((d) => escapeMarkdown(d.name)).join(', ') }) : undefined;
  if (uncoveredLine) body.push({ type: 'TextBlock', text: uncoveredLine, wrap: true, color: 'Warning' });
  const text = [title, ...facts.map((f) => `${f.title}: ${f.value}`), ...unreachableLines, ...(uncoveredLine ? [uncoveredLine] : [])].join('\n');
  return { card: adaptiveCard(body, [], text), text };
}
