import { buildNoticeCard } from '../cards/notice-card.ts';
import { NOTICES } from '../cards/texts/notices.ts';
import { buildRosterCard, type RosterNotice } from '../cards/roster-card.ts';
import { keptRosterValues, readRosterForm } from '../cards/roster-form.ts';
import { buildScheduleCard, type ScheduleCardView } from '../cards/schedule-card.ts';
import { keptScheduleValues, readScheduleForm } from '../cards/schedule-form.ts';
import type { AuditLog } from '../src/app/audit-log.ts';
import { RosterAdmin, type RosterChangeOutcome, type RosterOverview } from '../src/app/roster-admin.ts';
import { ScheduleAdmin } from '../src/app/schedule-admin.ts';
import { isAppError } from '../src/domain/errors.ts';
import type { Language } from '../src/domain/model.ts';
import type { RosterChange } from '../src/domain/roster-change.ts';
import { formatMoment, type Schedule } from '../src/domain/schedule.ts';
import { nextRunsOf } from '../src/scheduling/next-runs.ts';
import type { Repositories } from '../src/storage/create-repositories.ts';
import type { ChatCommand } from './chat-command.ts';
import type { VerbTable } from './card-actions.ts';
import { actorOf, sendReply, type Reply, type TurnInfo } from './samverkan-bot.ts';

export interface AdminDeps {
  roster: RosterAdmin;
  schedule: ScheduleAdmin;
  now?: () => Date;
  logger?: { error(details: object, message: string): void };
}

/** The admin services over the shared store; `onScheduleChanged` re-arms the scheduler (Scheduler.reload). */
export function createAdminDeps(input: {
  repositories: Pick<Repositories, 'roster' | 'districts' | 'conversations' | 'schedules'>;
  audit: AuditLog;
  onScheduleChanged?: (tenantId: string) => Promise<void> | void;
  logger?: AdminDeps['logger'];
  now?: () => Date;
}): AdminDeps {
  const { repositories, audit } = input;
  return {
    roster: new RosterAdmin({ roster: repositories.roster, districts: repositories.districts, conversations: repositories.conversations, audit }),
    schedule: new ScheduleAdmin({
      schedules: repositories.schedules,
      roster: repositories.roster,
      audit,
      ...(input.onScheduleChanged ? { onScheduleChanged: input.onScheduleChanged } : {}),
    }),
    ...(input.logger ? { logger: input.logger } : {}),
    ...(input.now ? { now: input.now } : {}),
  };
}

/** Runs an admin step; a refusal (audited where it happened) becomes the admin-only notice. */
async function asAdmin(language: Language, step: () => Promise<Reply>): Promise<Reply> {
  try {
    return await step();
  } catch (error) {
    if (isAppError(error, 'forbidden')) return buildNoticeCard(NOTICES.adminOnly, language);
    throw error;
  }
}

function rosterCard(overview: RosterOverview, language: Language, extra: Partial<Parameters<typeof buildRosterCard>[0]> = {}): Reply {
  return buildRosterCard({ language, roster: overview.roster, districts: overview.districts, knownPeople: overview.knownPeople, ...extra });
}

function noticeOf(result: RosterChangeOutcome, change: RosterChange, name: string, districtName: string | undefined): RosterNotice {
  const kind: RosterNotice['kind'] =
    result.outcome === 'refused'
      ? 'last-admin'
      : result.outcome === 'unchanged'
        ? change.op === 'add' ? 'already-added' : 'not-held'
        : change.op === 'add' ? 'added' : result.entry ? 'removed' : 'left-roster';
  return { kind, name, role: change.role, ...(districtName ? { districtName } : {}) };
}

function scheduleCard(schedule: Schedule, language: Language, now: Date, extra: Partial<ScheduleCardView> = {}): Reply {
  const runs = nextRunsOf(schedule, now);
  const format = (at: Date | null) => (at ? formatMoment(at, language) : undefined);
  return buildScheduleCard({
    language,
    schedule,
    nextRuns: { request: format(runs.request), reminder: format(runs.reminder), deadline: format(runs.deadline), summary: format(runs.summary) },
    ...extra,
  });
}

/** Card verbs of the admin forms: role checked on every action, then validated, then written and audited. */
export function createAdminVerbs(deps: AdminDeps): Pick<VerbTable, 'roster.change' | 'schedule.save'> {
  const now = () => deps.now?.() ?? new Date();
  return {
    'roster.change': (data, turn) =>
      asAdmin(turn.language, async () => {
        const actor = actorOf(turn);
        const action = `roster.${data.op}`;
        const overview = await deps.roster.overview(turn.tenantId, actor, action);
        const choices = { knownPeople: overview.knownPeople, districtIds: overview.districts.map((d) => d.id) };
        const form = readRosterForm(data, data.op, choices, turn.language);
        if (!form.ok) return rosterCard(overview, turn.language, { errors: form.errors, values: keptRosterValues(data) });
        const result = await deps.roster.change(turn.tenantId, actor, form.person, form.change);
        const updated = { ...overview, roster: result.roster };
        const name = (result.outcome === 'changed' && result.entry?.name) || overview.roster.find((e) => e.id === form.person.aadObjectId)?.name || form.person.name;
        const districtName = form.change.role === 'contact' ? overview.districts.find((d) => d.id === (form.change as { districtId: string }).districtId)?.name : undefined;
        return rosterCard(updated, turn.language, { notice: noticeOf(result, form.change, name, districtName) });
      }),
    'schedule.save': (data, turn) =>
      asAdmin(turn.language, async () => {
        const actor = actorOf(turn);
        const current = await deps.schedule.view(turn.tenantId, actor, 'schedule.update');
        const form = readScheduleForm(data, turn.language);
        if (!form.ok) return scheduleCard(current, turn.language, now(), { errors: form.errors, values: keptScheduleValues(data) });
        const result = await deps.schedule.save(turn.tenantId, actor, form.settings);
        if (result.reloadError) deps.logger?.error({ err: result.reloadError, tenantId: turn.tenantId }, 'the scheduler could not be re-armed after a schedule change');
        const notice = result.reloadError ? 'reload-failed' : result.changed ? 'saved' : 'unchanged';
        return scheduleCard(result.schedule, turn.language, now(), { notice });
      }),
  };
}

const COMMANDS: Array<{ name: string; pattern: RegExp; show: (deps: AdminDeps, turn: TurnInfo) => Promise<Reply> }> = [
  {
    name: 'manage-roles',
    pattern: /^(hantera\s+roller|manage\s+roles|roster)\s*[.!?]?$/i,
    show: async (deps, turn) => rosterCard(await deps.roster.overview(turn.tenantId, actorOf(turn)), turn.language),
  },
  {
    name: 'schedule',
    pattern: /^(visa\s+)?(schema|schedule)\s*[.!?]?$|^show\s+schedule\s*[.!?]?$/i,
    show: async (deps, turn) => scheduleCard(await deps.schedule.view(turn.tenantId, actorOf(turn)), turn.language, deps.now?.() ?? new Date()),
  },
];

/** Which language a command was written in: its own words decide; "roster" is both, so the client's. */
function commandLanguage(text: string, fallback: Language): Language {
  if (/^(hantera|schema|visa)\b/i.test(text)) return 'sv';
  if (/^(manage|schedule|show)\b/i.test(text)) return 'en';
  return fallback;
}

/** "hantera roller" / "manage roles" / "roster" and "schema" / "schedule": admins only. */
export function createAdminCommands(deps: AdminDeps): ChatCommand[] {
  return COMMANDS.map(({ name, pattern, show }) => ({
    name,
    match: (text) => pattern.test(text.trim()),
    async run(context, baseTurn, text) {
      const turn = { ...baseTurn, language: commandLanguage(text.trim(), baseTurn.language) };
      await sendReply(context, await asAdmin(turn.language, () => show(deps, turn)));
    },
  }));
}
