import { describe, expect, it } from 'vitest';
import { buildImportedDocument } from '../../src/app/build-imported-document.ts';
import { formatOfFile, parseDocument, slugOf } from '../../src/app/parse-document.ts';

describe('parseDocument', () => {
  it('starts a section at every # and ## heading and keeps the text verbatim', () => {
    const markdown = [
      '# Lokal samverkansöverenskommelse Farsta',
      '',
      '## Bakgrund',
      '',
      'Stadsdelsförvaltningen och lokalpolisområdet  samverkar.',
      '',
      '### Underrubrik stannar i texten',
      '- en punkt',
      '',
      '## Åtgärder för 2025 ##',
      'Trygghetsvandringar varje månad.',
      '```',
      '# inte en rubrik i kod',
      '```',
    ].join('\r\n');
    expect(parseDocument(markdown, 'markdown')).toEqual([
      {
        id: 'bakgrund',
        title: 'Bakgrund',
        text: 'Stadsdelsförvaltningen och lokalpolisområdet  samverkar.\n\n### Underrubrik stannar i texten\n- en punkt',
      },
      { id: 'atgarder-for-2025', title: 'Åtgärder för 2025', text: 'Trygghetsvandringar varje månad.\n```\n# inte en rubrik i kod\n```' },
    ]);
  });

  it('titles text before the first heading by its first words, and keeps ids unique', () => {
    const sections = parseDocument('Inledande text om samverkan mellan staden och polisen.\n\n# Mål\nEtt.\n\n# Mål\nTvå.', 'markdown');
    expect(sections.map((s) => [s.id, s.title])).toEqual([
      ['inledande-text-om-samverkan-mellan-staden', 'Inledande text om samverkan mellan staden …'],
      ['mal', 'Mål'],
      ['mal-2', 'Mål'],
    ]);
  });

  it('splits plain text on short lines without a final period', () => {
    const text = 'Bakgrund\n\nStaden och polisen har samverkat sedan 2015.\nDet fortsätter.\n\nFokusområden\n\nSkolan som arena.\n\nKamerabevakning.';
    expect(parseDocument(text, 'text')).toEqual([
      { id: 'bakgrund', title: 'Bakgrund', text: 'Staden och polisen har samverkat sedan 2015.\nDet fortsätter.' },
      { id: 'fokusomraden', title: 'Fokusområden', text: 'Skolan som arena.\n\nKamerabevakning.' },
    ]);
  });

  it('groups plain text without headings five paragraphs to a section', () => {
    const paragraphs = Array.from({ length: 7 }, (_, i) => `Stycke nummer ${i + 1} handlar om trygghet i området.`);
    const sections = parseDocument(paragraphs.join('\n\n'), 'text');
    expect(sections).toHaveLength(2);
    expect(sections[0]!.text.split('\n\n')).toHaveLength(5);
    expect(sections[1]).toEqual({ id: 'stycke-nummer-6-handlar-om-trygghet', title: 'Stycke nummer 6 handlar om trygghet …', text: `${paragraphs[5]}\n\n${paragraphs[6]}` });
  });

  it('knows the file formats and makes ids without accents', () => {
    expect([formatOfFile('a.md'), formatOfFile('b.TXT'), formatOfFile('c.docx')]).toEqual(['markdown', 'text', undefined]);
    expect(slugOf('Våldsbejakande extremism – Östermalm!')).toBe('valdsbejakande-extremism-ostermalm');
  });
});

describe('buildImportedDocument', () => {
  const sections = [{ id: 'bakgrund', title: 'Bakgrund', text: 'Text.' }];

  it('builds a valid agreement, English titles the Swedish ones unless given', () => {
    const built = buildImportedDocument({ tenantId: 't', title: 'Lokal överenskommelse Farsta', kind: 'local', districtId: 'farsta', date: '2025-02-01', caseNumber: 'SDF 2025/1', sections });
    expect(built).toMatchObject({
      ok: true,
      document: {
        id: 'lokal-overenskommelse-farsta',
        type: 'agreement',
        title: { sv: 'Lokal överenskommelse Farsta', en: 'Lokal överenskommelse Farsta' },
        document: 'Lokal överenskommelse Farsta, SDF 2025/1, 2025-02-01',
        origin: 'import',
        sections: [{ id: 'bakgrund', title: { sv: 'Bakgrund', en: 'Bakgrund' }, text: 'Text.' }],
      },
    });
  });

  it('says which option or part of the file to fix', () => {
    const built = buildImportedDocument({ tenantId: 't', id: 'Farsta 2025', title: 'X', kind: 'local', date: '2025-02-30', sections: [] });
    expect(built.ok).toBe(false);
    const problems = built.ok ? [] : built.problems.join('\n');
    expect(problems).toContain('the file: has no text');
    expect(problems).toContain('--district: a local agreement belongs to a district');
    expect(problems).toContain('--id: lower-case letters, digits and dashes');
    expect(problems).toMatch(/--date: /);
  });
});
