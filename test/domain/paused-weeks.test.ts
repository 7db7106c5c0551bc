import { describe, expect, it } from 'vitest';
import { formatPausedWeeks, parsePausedWeeks } from '../../src/domain/paused-weeks.ts';

describe('parsePausedWeeks', () => {
  it.each([
    ['', []],
    ['   ', []],
    ['28-32', [28, 29, 30, 31, 32]],
    ['28 - 32', [28, 29, 30, 31, 32]],
    ['28–30', [28, 29, 30]],
    ['28,29,30', [28, 29, 30]],
    ['28, 29 30;31', [28, 29, 30, 31]],
    ['45, 28-29, 28', [28, 29, 45]],
    ['v28-30', [28, 29, 30]],
    ['vecka 52', [52]],
    ['veckor 28–30, v45', [28, 29, 30, 45]],
    ['1,53', [1, 53]],
    ['7-7', [7]],
  ])('reads "%s"', (text, weeks) => {
    expect(parsePausedWeeks(text)).toEqual({ ok: true, weeks });
  });

  it.each([
    ['juli', { kind: 'not-a-week', token: 'juli' }],
    ['28-', { kind: 'not-a-week', token: '28-' }],
    ['28..32', { kind: 'not-a-week', token: '28..32' }],
    ['2.5', { kind: 'not-a-week', token: '2.5' }],
    ['0', { kind: 'out-of-range', week: 0 }],
    ['50-54', { kind: 'out-of-range', week: 54 }],
    ['32-28', { kind: 'backwards', token: '32-28' }],
    ['100', { kind: 'not-a-week', token: '100' }],
  ])('refuses "%s"', (text, problem) => {
    expect(parsePausedWeeks(text)).toEqual({ ok: false, problem });
  });

  it('formats weeks compactly and the text parses back to the same weeks', () => {
    const weeks = [45, 28, 29, 30, 31, 32, 1, 3, 4];
    const text = formatPausedWeeks(weeks);
    expect(text).toBe('1, 3-4, 28-32, 45');
    expect(parsePausedWeeks(text)).toEqual({ ok: true, weeks: [...weeks].sort((a, b) => a - b) });
    expect(formatPausedWeeks([])).toBe('');
  });
});
