import { describe, expect, it } from 'vitest';
import { newTask, applyTaskEdit, applyTaskStatus } from '../../src/domain/task-change.ts';
import { dueOfDate, dueOfWeek, formatDue, parseDue } from '../../src/domain/task-due.ts';
import { isDueNextWeek, isTaskOverdue, needsReminder, reminderWeekOf } from '../../src/domain/task-deadlines.ts';
import { canChangeStatus } from '../../src/domain/task-status.ts';
import { isAppError } from '../../src/domain/errors.ts';
import type { TaskFields } from '../../src/domain/task.ts';

const by = { aadObjectId: 'member-1', name: 'Demoledamot' };
const at = new Date('2026-11-18T10:00:00+01:00');
const fields = (overrides: Partial<TaskFields> = {}): TaskFields => ({
  title: 'Kartlägga otrygga platser kring tunnelbanan (demodata)',
  focusAreaId: 'kamerabevakning',
  districtId: 'farsta',
  owner: { name: 'Trafikkontoret', kind: 'forvaltning' },
  due: dueOfWeek('2027-W06'),
  ...overrides,
});

describe('due dates ("vecka 6" or a date)', () => {
  it('stores a week as its Friday and shows it as "v. 6"', () => {
    const result = parseDue('vecka 6', at);
    expect(result).toEqual({ ok: true, due: { date: '2027-02-12', week: '2027-W06', givenAs: 'week' } });
    if (result.ok) {
      expect(formatDue(result.due, 'sv', new Date('2027-01-10T12:00:00Z'))).toBe('v. 6');
      expect(formatDue(result.due, 'sv', at)).toBe('v. 6 2027');
    }
    for (const text of ['v. 6', 'v6', 'week 6', 'W6', 'vecka 6 2027', '2027-W06', '2027w06']) expect(parseDue(text, at)).toMatchObject({ ok: true, due: { week: '2027-W06' } });
  });

  it('takes this week for its own number, and the next year once the number has passed', () => {
    expect(parseDue('vecka 47', at)).toMatchObject({ ok: true, due: { week: '2026-W47', date: '2026-11-20' } });
    expect(parseDue('vecka 46', at)).toMatchObject({ ok: true, due: { week: '2027-W46' } });
  });

  it('handles week 53 and the year boundary', () => {
    // 2026 has 53 ISO weeks; week 53's Friday is already in calendar 2027.
    expect(parseDue('vecka 53', at)).toEqual({ ok: true, due: { date: '2027-01-01', week: '2026-W53', givenAs: 'week' } });
    // Asked in 2026-W53, "vecka 1" is 2027-W01.
    expect(parseDue('vecka 1', new Date('2026-12-30T12:00:00+01:00'))).toMatchObject({ ok: true, due: { week: '2027-W01', date: '2027-01-08' } });
    // 2027 and 2028 have 52 weeks: no week 53 to be found.
    expect(parseDue('vecka 53', new Date('2027-01-20T12:00:00+01:00'))).toEqual({ ok: false, problem: 'no-such-week' });
    expect(parseDue('2027-W53', at)).toEqual({ ok: false, problem: 'no-such-week' });
    // A date in the first days of January can belong to the previous ISO year.
    expect(dueOfDate('2027-01-01')).toEqual({ date: '2027-01-01', week: '2026-W53', givenAs: 'date' });
  });

  it('refuses what is not a week or a date', () => {
    expect(parseDue('', at)).toEqual({ ok: false, problem: 'empty' });
    expect(parseDue('snart', at)).toEqual({ ok: false, problem: 'format' });
    expect(parseDue('vecka 54', at)).toEqual({ ok: false, problem: 'no-such-week' });
    expect(parseDue('2027-02-30', at)).toEqual({ ok: false, problem: 'no-such-date' });
  });
});

describe('status transitions', () => {
  it('allows the working states to move freely and finished tasks only to reopen', () => {
    expect(canChangeStatus('not-started', 'in-progress')).toBe(true);
    expect(canChangeStatus('blocked', 'done')).toBe(true);
    expect(canChangeStatus('done', 'in-progress')).toBe(true);
    expect(canChangeStatus('done', 'cancelled')).toBe(false);
    expect(canChangeStatus('cancelled', 'done')).toBe(false);
  });

  it('records a change in the history and refuses a transition that is not allowed', () => {
    const task = newTask({ tenantId: 't', number: 42, fields: fields(), by, at });
    expect(task.id).toBe('t-0042');
    const done = applyTaskStatus(task, 'done', by, at).task;
    expect(done).toMatchObject({ status: 'done', revision: 2, doneAt: at.toISOString() });
    expect(done.history.at(-1)).toMatchObject({ action: 'status', changes: { status: ['not-started', 'done'] } });
    expect(applyTaskStatus(done, 'done', by, at).changed).toBe(false);
    try {
      applyTaskStatus(done, 'cancelled', by, at);
      expect.unreachable();
    } catch (error) {
      expect(isAppError(error, 'invalid-input')).toBe(true);
    }
  });

  it('bumps the assignment revision only when the assignee changes', () => {
    const task = newTask({ tenantId: 't', number: 1, fields: fields(), by, at });
    expect(task.assignmentRevision).toBe(0);
    const assigned = applyTaskEdit(task, fields({ assignee: { aadObjectId: 'a-1', name: 'Handläggare A' } }), by, at);
    expect(assigned).toMatchObject({ changed: true, reassigned: true, task: { assignmentRevision: 1 } });
    expect(assigned.task.history.at(-1)?.action).toBe('assigned');
    const retitled = applyTaskEdit(assigned.task, fields({ title: 'Ny titel', assignee: { aadObjectId: 'a-1', name: 'Handläggare A' } }), by, at);
    expect(retitled).toMatchObject({ reassigned: false, task: { assignmentRevision: 1 } });
    expect(applyTaskEdit(retitled.task, fields({ title: 'Ny titel', assignee: { aadObjectId: 'a-1', name: 'Handläggare A' } }), by, at).changed).toBe(false);
  });
});

describe('overdue, due next week, reminders', () => {
  const task = (due = dueOfWeek('2026-W47'), status: 'not-started' | 'done' = 'not-started') => ({ status, due, assignee: { aadObjectId: 'a', name: 'A' } });
  it('is overdue after the due Friday, in Stockholm time', () => {
    expect(isTaskOverdue(task(), new Date('2026-11-20T22:59:00Z'))).toBe(false); // Fri 23:59 Stockholm
    expect(isTaskOverdue(task(), new Date('2026-11-20T23:00:00Z'))).toBe(true); // Sat 00:00
    expect(isTaskOverdue(task(undefined, 'done'), new Date('2026-12-01T12:00:00Z'))).toBe(false);
  });
  it('is due next week across the year boundary', () => {
    expect(isDueNextWeek(task(dueOfWeek('2027-W01')), new Date('2026-12-30T12:00:00Z'))).toBe(true);
    expect(isDueNextWeek(task(dueOfWeek('2026-W53')), new Date('2026-12-23T12:00:00Z'))).toBe(true);
  });
  it('needs a reminder from a week before the due date until the due date', () => {
    const due = dueOfWeek('2027-W06'); // Fri 12 Feb 2027
    expect(needsReminder(task(due), new Date('2027-02-04T12:00:00+01:00'))).toBe(false);
    expect(needsReminder(task(due), new Date('2027-02-05T08:00:00+01:00'))).toBe(true);
    expect(needsReminder(task(due), new Date('2027-02-12T08:00:00+01:00'))).toBe(true);
    expect(needsReminder(task(due), new Date('2027-02-13T08:00:00+01:00'))).toBe(false);
    expect(needsReminder({ ...task(due), assignee: undefined }, new Date('2027-02-06T08:00:00+01:00'))).toBe(false);
    expect(reminderWeekOf(due.date)).toBe('2027-W05');
  });
});
