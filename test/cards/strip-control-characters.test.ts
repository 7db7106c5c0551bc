import { describe, expect, it } from 'vitest';
import { readDecisionForm } from '../../cards/decision-form.ts';
import { DECISION_INPUTS } from '../../cards/decision-card.ts';
import { readRosterForm } from '../../cards/roster-form.ts';
import { ROSTER_INPUTS } from '../../cards/roster-card.ts';
import { readStatusForm } from '../../cards/status-form.ts';
import { inputId } from '../../cards/status-report-card.ts';
import { stripControlCharacters } from '../../cards/strip-control-characters.ts';
import { readTaskForm } from '../../cards/task-form.ts';
import { TASK_INPUTS } from '../../cards/task-form-card.ts';

/** Bidi overrides and isolates, direction marks, C0 (but tab and LF), DEL and C1. */
const HIDDEN = '\u202Ea\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i\u200Ej\u200Fk\u0000\u0007\u001B\u007F\u0085\u009F';
const dirty = `Rad ett${HIDDEN}\r\nrad\ttvå\rslut`;
const clean = 'Rad ettabcdefghijk\nrad\ttvå\nslut';

describe('stripping control characters from stored free text', () => {
  it('removes bidi overrides, direction marks and C0/C1 controls; keeps line breaks and tabs', () => {
    expect(stripControlCharacters(dirty)).toBe(clean);
    expect(stripControlCharacters('Åsa Öberg – trygghet 🟢')).toBe('Åsa Öberg – trygghet 🟢');
  });

  it('is applied by the status form reader to free text', () => {
    const result = readStatusForm({ [inputId.level('a')]: 'red', [inputId.comment('a')]: dirty, [inputId.overallComment]: `\u202E${dirty}` }, ['a'], 'sv');
    expect(result.ok && result.content.entries[0]?.comment).toBe(clean);
    expect(result.ok && result.content.overallComment).toBe(clean);
    // A choice is not cleaned into something valid: a control character there is still refused.
    expect(readStatusForm({ [inputId.level('a')]: 'red', [inputId.trend('a')]: '\u0000' }, ['a'], 'sv').ok).toBe(false);
  });

  it('is applied by the task form reader to free text', () => {
    const choices = { focusAreas: [{ id: 'f', name: { sv: 'F', en: 'F' } }], districts: [], people: [] };
    const result = readTaskForm(
      { [TASK_INPUTS.title]: `Titel\u202E gnirts`, [TASK_INPUTS.focusArea]: 'f', [TASK_INPUTS.ownerKind]: 'forvaltning', [TASK_INPUTS.ownerName]: `Ägare\u0000`, [TASK_INPUTS.due]: '2027-03-01' },
      choices,
      'sv',
      new Date('2026-11-25T10:00:00Z'),
    );
    expect(result.ok && [result.fields.title, result.fields.owner.name]).toEqual(['Titel gnirts', 'Ägare']);
  });

  it('is applied by the decision form reader to free text', () => {
    const result = readDecisionForm({ [DECISION_INPUTS.date]: '2026-11-20', [DECISION_INPUTS.text]: dirty, [DECISION_INPUTS.boards]: 'Nämnd\u200F', [DECISION_INPUTS.anchoring]: 'förankrad' }, 'sv');
    expect(result.ok && [result.fields.text, result.fields.boards]).toEqual([clean, ['Nämnd']]);
  });

  it('is applied by the roster form reader to free text', () => {
    const id = '0a1b2c3d-0000-0000-0000-000000000001';
    const result = readRosterForm({ [ROSTER_INPUTS.role]: 'admin', [ROSTER_INPUTS.personId]: id, [ROSTER_INPUTS.personName]: 'Eve\u202E nimda' }, 'add', { knownPeople: [], districtIds: [] }, 'sv');
    expect(result.ok && result.person).toEqual({ aadObjectId: id, name: 'Eve nimda' });
  });
});
