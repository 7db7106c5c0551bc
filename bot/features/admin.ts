import { buildRosterCard, PEOPLE_DATASET, ROSTER_INPUTS, type RosterNotice } from '../../cards/roster-card.ts';
import { keptRosterValues, readRosterForm } from '../../cards/roster-form.ts';
import { buildScheduleCard, type ScheduleCardView } from '../../cards/schedule-card.ts';
import { keptScheduleValues, readScheduleForm } from '../../cards/schedule-form.ts';
import type { AuditLog } from '../../src/app/audit-log.ts';
import { RosterAdmin, type PeopleDirectory, type RosterChangeOutcome, type RosterOverview } from '../../src/app/roster-admin.ts';
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
  /** The teams' members, for the person picker's typeahead (TeamService). */
  people?: PeopleDirectory;
  logger?: AdminDeps['logger'];
  now?: () => Date;
}): AdminDeps {
  const { repositories, audit } = input;
  return {
    roster: new RosterAdmin({
      roster: repositories.roster,
      districts: repositories.districts,
      conversations: repositories.conversations,
      audit,
      ...(input.people ? { people: input.people } : {}),
    }),
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
  return buildRosterCard({ language, roster: overview.roster, districts: overview.districts, knownPeople: overview.knownPeople, teamSearch: overview.teamSearch, ...extra });
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
    searches: {
      // The person picker's typeahead: team members whose name (or UPN) matches, by name.
      [PEOPLE_DATASET]: async (turn, query) => {
        const people = await deps.roster.searchPeople(turn.tenantId, actorOf(turn), query.text, query.top);
        const counts = new Map<string, number>();
        for (const person of people) counts.set(person.name, (counts.get(person.name) ?? 0) + 1);
        // Two people with the same name are told apart by the start of their id, as in the static list.
        return people.map((person) => ({ title: (counts.get(person.name) ?? 0) > 1 ? `${person.name} (${person.aadObjectId.slice(0, 8)})` : person.name, value: person.aadObjectId }));
      },
    },
    verbs: {
      async 'roster.change'(turn, data) {
        const actor = actorOf(turn);
        const action = `roster.${data.op}`;
        const overview = await deps.roster.overview(turn.tenantId, actor, action);
        // Someone found by the typeahead is not among the known people: look them up in the team.
        const picked = typeof data[ROSTER_INPUTS.person] === 'string' ? (data[ROSTER_INPUTS.person] as string).trim() : '';
        if (picked && overview.teamSearch && !overview.knownPeople.some((person) => person.aadObjectId === picked)) {
          const member = await deps.roster.teamMember(turn.tenantId, picked);
          if (member) overview.knownPeople.push(member);
        }
        const choices = { knownPeople: overview.knownPeople, districtIds: overview.districts.map((d) => d.id) };
        const form = readRosterForm(data, data.op, choices, turn.language);
        if (!form.ok) return rosterCard(overview, turn.language, { errors: form.errors, values: keptRosterValues(data) });
        const result = await deps.roster.change(turn.tenantId, actor, form.person, form.change);
        const updated = { ...overview, roster: result.roster };
        const name = (result.outcome === 'changed' && result.entry?.name) || overview.roster.find((e) => e.id === form.person.aadObjectId)?.name || form.person.name;
        const { change } = form;
        const districtName = 'districtId' in change ? overview.districts.find((d) => d.id === change.districtId)?.name : undefined;
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
