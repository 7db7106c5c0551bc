import { describe, expect, it } from 'vitest';
import { applySubmission, currentRevision, type ReportContent } from '../../src/domain/status-report.ts';

const key = { tenantId: 't', districtId: 'farsta', week: '2026-W48' as const };
const content = (comment: string): ReportContent => ({
  entries: [{ focusAreaId: 'kamerabevakning', level: 'yellow', trend: 'same', comment }],
  priorityComment: '',
  overallComment: '',
});
const anna = { aadObjectId: 'a', name: 'Anna' };
const bo = { aadObjectId: 'b', name: 'Bo' };
const deadline = new Date('2026-11-26T16:00:00Z');
const monday = new Date('2026-11-23T08:42:00Z');

describe('applySubmission', () => {
  it('creates revision 1 as current for a first report', () => {
    const { report, outcome } = applySubmission(undefined, key, { content: content('x'), basedOn: 0, by: anna, at: monday, deadline });
    expect(outcome).toBe('created');
    expect(report.id).toBe('farsta:2026-W48');
    expect(report.current).toBe(1);
    expect(currentRevision(report).late).toBe(false);
  });

  it('makes a correction based on the current revision the new current one, keeping both', () => {
    const first = applySubmission(undefined, key, { content: content('mon'), basedOn: 0, by: anna, at: monday, deadline }).report;
    const { report, outcome } = applySubmission(first, key, { content: content('tue'), basedOn: 1, by: anna, at: monday, deadline });
    expect(outcome).toBe('updated');
    expect(report.revisions).toHaveLength(2);
    expect(currentRevision(report).entries[0]?.comment).toBe('tue');
  });

  it('keeps a submission from a stale card as a revision without making it current', () => {
    const first = applySubmission(undefined, key, { content: content('anna'), basedOn: 0, by: anna, at: monday, deadline }).report;
    const { report, outcome } = applySubmission(first, key, { content: content('bo'), basedOn: 0, by: bo, at: monday, deadline });
    expect(outcome).toBe('stale');
    expect(report.current).toBe(1);
    expect(report.revisions.map((r) => r.entries[0]?.comment)).toEqual(['anna', 'bo']);
    expect(report.revisions[1]?.basedOn).toBe(0);
  });

  it('accepts a submission after the deadline and marks it late', () => {
    const friday = new Date('2026-11-27T09:00:00Z');
    const { report } = applySubmission(undefined, key, { content: content('late'), basedOn: 0, by: anna, at: friday, deadline });
    expect(currentRevision(report).late).toBe(true);
  });
});
