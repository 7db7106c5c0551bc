import { DateTime } from 'luxon';
import { buildNoticeCard } from '../cards/notice-card.ts';
import { NOTICES } from '../cards/texts/notices.ts';
import { PLAN_TEXTS as T } from '../cards/texts/plan.ts';
import { buildPoliticalReportReplies } from '../cards/political-report-card.ts';
import { readPoliticalReport } from '../src/app/read-political-report.ts';
import { ZONE, isWeekKey, weeksInYear, type WeekKey } from '../src/domain/iso-week.ts';
import type { Language } from '../src/domain/model.ts';
import { MAX_REPORT_WEEKS, weeksBetween } from '../src/domain/political-report.ts';
import { isSteeringMember } from '../src/domain/roles.ts';
import type { Repositories } from '../src/storage/create-repositories.ts';
import type { ChatCommand } from './chat-command.ts';
import { asPlanStep, decisionList, notFoundCard, newDecisionForm, newTaskForm, taskCard, type PlanDeps } from './plan-actions.ts';
import { sendReply, type TurnInfo } from './samverkan-bot.ts';

const NEW_TASK = /^(ny\s+uppgift|skapa\s+(en\s+)?(ny\s+)?uppgift|new\s+task|create\s+(a\s+)?task)\s*[.!]?$/i;
const SHOW_TASK = /^(uppgift|uppgiften|task|visa\s+uppgift)\s+#?(t-?)?(\d{1,6})\s*[.!?]?$/i;
const NEW_DECISION = /^(nytt\s+beslut|new\s+decision|record\s+(a\s+)?decision)\s*[.!]?$/i;
const DECISIONS = /^(beslut(en)?|beslutslogg(en)?|visa\s+beslut(en)?|decisions|decision\s+log|show\s+decisions)\s*[.!?]?$/i;
const REPORT = /^(återrapport(ering)?|aterrapport(ering)?|report(\s+back)?)\s+(.+)$/i;

/** The language the command's own words are in; the client's locale only when they are both. */
const languageOf = (text: string, swedish: RegExp, fallback: Language): Language => (swedish.test(text) ? 'sv' : /^(new|create|task|decision|show|record|report)\b/i.test(text) ? 'en' : fallback);
const SWEDISH = /^(ny|nytt|skapa|uppgift|beslut|visa|återrapport|aterrapport)/i;

export interface ReportPeriod {
  from: WeekKey;
  to: WeekKey;
  districtText?: string;
}

/**
 * "v40-v47", "v. 40–47", "W40-W47", "vecka 40-47", "2026-W40 2026-W47", optionally followed by a
 * district. Bare week numbers mean the latest such weeks not after the current one: a report looks
 * back; "v50-v3" asked in January spans the year boundary.
 */
export function parseReportPeriod(text: string, now: Date): ReportPeriod | undefined {
  const value = text.trim();
  const iso = /^(\d{4})-?W(\d{1,2})\s*(?:-|–|—|till|to|\s)\s*(\d{4})-?W(\d{1,2})\s*(.*)$/i.exec(value);
  if (iso) {
    const from = keyOf(Number(iso[1]), Number(iso[2]));
    const to = keyOf(Number(iso[3]), Number(iso[4]));
    return from && to ? withDistrict(from, to, iso[5]) : undefined;
  }
  const bare = /^(?:(?:vecka|veckorna|v|w|wk|week|weeks)\.?\s*)?(\d{1,2})\s*(?:-|–|—|till|to)\s*(?:(?:vecka|v|w|wk|week)\.?\s*)?(\d{1,2})(?:\s+(\d{4}))?\s*(.*)$/i.exec(value);
  if (!bare) return undefined;
  const today = DateTime.fromJSDate(now, { zone: ZONE });
  const toNumber = Number(bare[2]);
  const toYear = bare[3] ? Number(bare[3]) : toNumber <= today.weekNumber ? today.weekYear : today.weekYear - 1;
  const fromNumber = Number(bare[1]);
  const fromYear = fromNumber <= toNumber ? toYear : toYear - 1;
  const from = keyOf(fromYear, fromNumber);
  const to = keyOf(toYear, toNumber);
  return from && to ? withDistrict(from, to, bare[4]) : undefined;
}

function keyOf(weekYear: number, week: number): WeekKey | undefined {
  if (week < 1 || week > weeksInYear(weekYear)) return undefined;
  const key = `${weekYear}-W${String(week).padStart(2, '0')}`;
  return isWeekKey(key) ? key : undefined;
}

function withDistrict(from: WeekKey, to: WeekKey, rest: string | undefined): ReportPeriod | undefined {
  const weeks = weeksBetween(from, to);
  if (weeks.length === 0 || weeks.length > MAX_REPORT_WEEKS) return undefined;
  const districtText = rest?.replace(/^(för|for|i|in)\s+/i, '').replace(/[.!?]$/, '').trim();
  return { from, to, ...(districtText ? { districtText } : {}) };
}

const fold = (text: string) => text.normalize('NFD').replace(/\p{Diacritic}/gu, '').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

/**
 * Chat commands of the action plan and decision log: "ny uppgift" / "new task", "uppgift t-0042"
 * / "task t-0042", "nytt beslut" / "new decision", "beslut" / "decisions", and
 * "återrapport v40-v47 [district]" / "report W40-W47 [district]" (steering members and admins).
 */
export function createPlanCommands(deps: PlanDeps & { reportRepositories: Pick<Repositories, 'districts' | 'focusAreas' | 'reports' | 'tasks' | 'decisions'> }): ChatCommand[] {
  const turnIn = (turn: TurnInfo, text: string): TurnInfo => ({ ...turn, language: languageOf(text.trim(), SWEDISH, turn.language) });
  return [
    {
      name: 'new-task',
      match: (text) => NEW_TASK.test(text.trim()),
      async run(context, baseTurn, text) {
        const turn = turnIn(baseTurn, text);
        await sendReply(context, await asPlanStep(turn.language, () => newTaskForm(deps, turn)));
      },
    },
    {
      name: 'show-task',
      match: (text) => SHOW_TASK.test(text.trim()),
      async run(context, baseTurn, text) {
        const turn = turnIn(baseTurn, text);
        const number = Number(SHOW_TASK.exec(text.trim())![3]);
        const id = `t-${String(number).padStart(4, '0')}`;
        await sendReply(
          context,
          await asPlanStep(turn.language, async () => {
            const stored = await deps.tasks.read(turn.tenantId, id);
            if (!stored) return notFoundCard(id, turn.language);
            return taskCard(deps, stored.doc, turn);
          }),
        );
      },
    },
    {
      name: 'new-decision',
      match: (text) => NEW_DECISION.test(text.trim()),
      async run(context, baseTurn, text) {
        const turn = turnIn(baseTurn, text);
        await sendReply(context, await asPlanStep(turn.language, () => newDecisionForm(deps, turn)));
      },
    },
    {
      name: 'decisions',
      match: (text) => DECISIONS.test(text.trim()),
      async run(context, baseTurn, text) {
        const turn = turnIn(baseTurn, text);
        await sendReply(context, await decisionList(deps, turn));
      },
    },
    {
      name: 'political-report',
      match: (text) => {
        const match = REPORT.exec(text.trim());
        return match !== null && /\d/.test(match[5] ?? '');
      },
      async run(context, baseTurn, text) {
        const turn = turnIn(baseTurn, text);
        const l = turn.language;
        const entry = await deps.tasks.rosterEntry(turn.tenantId, turn.userAadObjectId);
        if (!isSteeringMember(entry)) {
          await sendReply(context, buildNoticeCard(NOTICES.planSteeringOnly, l));
          return;
        }
        const period = parseReportPeriod(REPORT.exec(text.trim())![5] ?? '', deps.now());
        let districtId: string | undefined;
        if (period?.districtText) {
          const districts = await deps.repositories.districts.list(turn.tenantId);
          const wanted = fold(period.districtText);
          districtId = districts.find((d) => d.id === wanted || fold(d.name) === wanted || d.aliases.some((a) => fold(a) === wanted))?.id;
        }
        if (!period || (period.districtText && !districtId)) {
          await sendReply(context, buildNoticeCard({ title: T.reportBadPeriodTitle, text: T.reportBadPeriod, tone: 'attention' }, l));
          return;
        }
        const report = await readPoliticalReport(deps.reportRepositories, turn.tenantId, { from: period.from, to: period.to, ...(districtId ? { districtId } : {}) }, deps.now());
        const replies = buildPoliticalReportReplies(report, l);
        await sendReply(context, replies.card);
        await context.sendActivity({ type: 'message', text: replies.markdownMessage, textFormat: 'markdown' });
        await context.sendActivity({ type: 'message', text: replies.csvMessage, textFormat: 'markdown' });
      },
    },
  ];
}
