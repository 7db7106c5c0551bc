import { buildRosterCard, type RosterNotice } from '../../cards/roster-card.ts';
import { keptRosterValues, readRosterForm } from '../../cards/roster-form.ts';
import { buildScheduleCard, type ScheduleCardView } from '../../cards/schedule-card.ts';
import { keptScheduleValues, readScheduleForm } from '../../cards/schedule-form.ts';
import type { AuditLog } from '../../src/app/audit-log.ts';
import { RosterAdmin, type RosterChangeOutcome, type RosterOverview } from '../../src/app/roster-admin.ts';
import { ScheduleAdmin } from '../../src/app/schedule-admin.ts';
import type { Language } from '../../src/domain/model.ts';
import type { RosterChange } from '../../src/domain/roster-change.ts';
import { formatMoment, type Schedule } from '../../src/domain/schedule.ts';
import { nextRunsOf } from '../../src/scheduling/next-runs.ts';
import type { Repositories } from '../../src/storage/create-repositories.ts';
import type { Feature } from '../router.ts';
import { actorOf, type CardReply } from '../turn.ts';

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

function rosterCard(overview: RosterOverview, language: Language, extra: Partial<Parameters<typeof buildRosterCard>[0]> = {}): CardReply {
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

function scheduleCard(schedule: Schedule, language: Language, now: Date, extra: Partial<ScheduleCardView> = {}): CardReply {
  const runs = nextRunsOf(schedule, now);
  const format = (at: Date | null) => (at ? formatMoment(at, language) : undefined);
  return buildScheduleCard({
    language,
    schedule,
    nextRuns: { request: format(runs.request), reminder: format(runs.reminder), lastCall: format(runs.lastCall), deadline: format(runs.deadline), summary: format(runs.summary) },
    ...extra,
  });
}

/**
 * The administrators' roster ("hantera roller") and schedule ("schema") cards. Every action checks
 * the role in the service (refusals are audited there), then validates, then writes and audits.
 */
export function adminFeature(deps: AdminDeps): Feature {
  const now = () => deps.now?.() ?? new Date();
  return {
    commands: [
      {
        name: 'manage-roles',
        pattern: /^(hantera\s+roller|manage\s+roles|roster)\s*[.!?]?$/i,
        handle: async (turn) => rosterCard(await deps.roster.overview(turn.tenantId, actorOf(turn)), turn.language),
      },
      {
        name: 'schedule',
        pattern: /^(visa\s+)?(schema|schedule)\s*[.!?]?$|^show\s+schedule\s*[.!?]?$/i,
        handle: async (turn) => scheduleCard(await deps.schedule.view(turn.tenantId, actorOf(turn)), turn.language, now()),
      },
    ],
    verbs: {
      async 'roster.change'(turn, data) {
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
      },
      async 'schedule.save'(turn, data) {
        const actor = actorOf(turn);
        const current = await deps.schedule.view(turn.tenantId, actor, 'schedule.update');
        const form = readScheduleForm(data, turn.language);
        if (!form.ok) return scheduleCard(current, turn.language, now(), { errors: form.errors, values: keptScheduleValues(data) });
        const result = await deps.schedule.save(turn.tenantId, actor, form.settings);
        if (result.reloadError) deps.logger?.error({ err: result.reloadError, tenantId: turn.tenantId }, 'the scheduler could not be re-armed after a schedule change');
        const notice = result.reloadError ? 'reload-failed' : result.changed ? 'saved' : 'unchanged';
        return scheduleCard(result.schedule, turn.language, now(), { notice });
      },
    },
  };
}
