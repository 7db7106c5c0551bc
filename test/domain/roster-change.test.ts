import { describe, expect, it } from 'vitest';
import type { RosterEntry } from '../../src/domain/model.ts';
import { applyRosterChange, type RosterPerson } from '../../src/domain/roster-change.ts';

const tenantId = 't1';
const entry = (id: string, roles: RosterEntry['roles'], districtIds: string[] = [], demo = false): RosterEntry => ({
  tenantId,
  id,
  type: 'roster-entry',
  name: `Person ${id}`,
  roles,
  districtIds,
  demo,
});
const person = (id: string, name = `Ny ${id}`): RosterPerson => ({ tenantId, aadObjectId: id, name });

describe('applyRosterChange', () => {
  it('adds a new person as contact of a district', () => {
    const result = applyRosterChange(undefined, person('a'), { op: 'add', role: 'contact', districtId: 'farsta' }, []);
    expect(result).toEqual({ kind: 'changed', entry: { ...entry('a', ['contact'], ['farsta']), name: 'Ny a' } });
  });

  it('adds a second district and keeps the roles and name already there', () => {
    const existing = entry('a', ['steering', 'contact'], ['farsta'], true);
    const result = applyRosterChange(existing, person('a', 'Typed name'), { op: 'add', role: 'contact', districtId: 'bromma' }, []);
    expect(result).toEqual({ kind: 'changed', entry: { ...existing, roles: ['steering', 'contact'], districtIds: ['bromma', 'farsta'] } });
  });

  it('says unchanged when the role is already held, or not held on remove', () => {
    const existing = entry('a', ['contact', 'admin'], ['farsta']);
    expect(applyRosterChange(existing, person('a'), { op: 'add', role: 'contact', districtId: 'farsta' }, [existing])).toEqual({ kind: 'unchanged' });
    expect(applyRosterChange(existing, person('a'), { op: 'add', role: 'admin' }, [existing])).toEqual({ kind: 'unchanged' });
    expect(applyRosterChange(existing, person('a'), { op: 'remove', role: 'steering' }, [existing])).toEqual({ kind: 'unchanged' });
    expect(applyRosterChange(existing, person('a'), { op: 'remove', role: 'contact', districtId: 'bromma' }, [existing])).toEqual({ kind: 'unchanged' });
    expect(applyRosterChange(undefined, person('b'), { op: 'remove', role: 'steering' }, [existing])).toEqual({ kind: 'unchanged' });
  });

  it('removes one district of a contact; the last district takes the contact role with it', () => {
    const existing = entry('a', ['steering', 'contact'], ['bromma', 'farsta']);
    const one = applyRosterChange(existing, person('a'), { op: 'remove', role: 'contact', districtId: 'farsta' }, []);
    expect(one).toEqual({ kind: 'changed', entry: { ...existing, districtIds: ['bromma'] } });
    const last = applyRosterChange({ ...existing, districtIds: ['bromma'] }, person('a'), { op: 'remove', role: 'contact', districtId: 'bromma' }, []);
    expect(last).toEqual({ kind: 'changed', entry: { ...existing, roles: ['steering'], districtIds: [] } });
  });

  it('takes a person off the roster when no role is left', () => {
    const existing = entry('a', ['steering']);
    expect(applyRosterChange(existing, person('a'), { op: 'remove', role: 'steering' }, [existing])).toEqual({ kind: 'changed', entry: undefined });
  });

  it('refuses to remove the last admin, also when it is the admin themself', () => {
    const me = entry('me', ['admin', 'contact'], ['farsta']);
    const other = entry('other', ['steering']);
    expect(applyRosterChange(me, person('me'), { op: 'remove', role: 'admin' }, [me, other])).toEqual({ kind: 'refused', reason: 'last-admin' });
  });

  it('lets an admin go when another admin remains', () => {
    const me = entry('me', ['admin']);
    const other = entry('other', ['admin', 'steering']);
    expect(applyRosterChange(me, person('me'), { op: 'remove', role: 'admin' }, [me, other])).toEqual({ kind: 'changed', entry: undefined });
    expect(applyRosterChange(other, person('other'), { op: 'remove', role: 'admin' }, [me, other])).toEqual({ kind: 'changed', entry: { ...other, roles: ['steering'] } });
  });
  it('makes someone a district’s deputy and takes it back; a deputy with nothing else leaves the roster', () => {
    const added = applyRosterChange(undefined, person('d'), { op: 'add', role: 'deputy', districtId: 'farsta' }, []);
    expect(added).toEqual({ kind: 'changed', entry: { ...entry('d', []), name: 'Ny d', deputyDistrictIds: ['farsta'] } });
    const deputy = (added as { entry: RosterEntry }).entry;
    expect(applyRosterChange(deputy, person('d'), { op: 'add', role: 'deputy', districtId: 'farsta' }, [])).toEqual({ kind: 'unchanged' });
    expect(applyRosterChange(deputy, person('d'), { op: 'remove', role: 'deputy', districtId: 'bromma' }, [])).toEqual({ kind: 'unchanged' });
    const second = applyRosterChange(deputy, person('d'), { op: 'add', role: 'deputy', districtId: 'bromma' }, []);
    expect(second).toMatchObject({ kind: 'changed', entry: { roles: [], deputyDistrictIds: ['bromma', 'farsta'] } });
    expect(applyRosterChange(deputy, person('d'), { op: 'remove', role: 'deputy', districtId: 'farsta' }, [])).toEqual({ kind: 'changed', entry: undefined });
    // A contact who also stands in elsewhere keeps the contact role when the deputy district goes.
    const both = { ...entry('c', ['contact'], ['bromma']), deputyDistrictIds: ['farsta'] };
    const kept = applyRosterChange(both, person('c'), { op: 'remove', role: 'deputy', districtId: 'farsta' }, []);
    expect(kept).toEqual({ kind: 'changed', entry: entry('c', ['contact'], ['bromma']) });
  });

  it('keeps a deputy’s districts through role changes, and keeps a deputy whose last role goes', () => {
    const deputy = { ...entry('d', ['steering']), deputyDistrictIds: ['farsta'] };
    const added = applyRosterChange(deputy, person('d'), { op: 'add', role: 'contact', districtId: 'bromma' }, [deputy]);
    expect(added).toMatchObject({ kind: 'changed', entry: { roles: ['steering', 'contact'], districtIds: ['bromma'], deputyDistrictIds: ['farsta'] } });
    const removed = applyRosterChange(deputy, person('d'), { op: 'remove', role: 'steering' }, [deputy]);
    expect(removed).toMatchObject({ kind: 'changed', entry: { roles: [], deputyDistrictIds: ['farsta'] } });
    expect(applyRosterChange(entry('x', ['steering']), person('x'), { op: 'remove', role: 'steering' }, [])).toEqual({ kind: 'changed', entry: undefined });
  });
});
