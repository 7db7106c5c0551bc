import { describe, expect, it } from 'vitest';
import { expandShorthand } from '../../src/qa/expand-shorthand.ts';
import { stripPreamble } from '../../src/qa/strip-preamble.ts';

describe('stripPreamble', () => {
  it('cuts an opening word about the asker or the question', () => {
    expect(stripPreamble('Snabb fråga: vem leder styrgruppen?')).toBe('vem leder styrgruppen?');
    expect(stripPreamble('Ny här. Vad handlar avtalet om?')).toBe('Vad handlar avtalet om?');
    expect(stripPreamble('Quick one - what does the statement say about schools?')).toBe('what does the statement say about schools?');
    expect(stripPreamble('My manager wants to know when the press release came out')).toBe('when the press release came out');
  });

  it('cuts the asker’s own errand before a dash, colon or full stop, when a question follows', () => {
    expect(stripPreamble('Inför pressträffen: vem citeras från polisen?')).toBe('vem citeras från polisen?');
    expect(stripPreamble('Jag ska prata med pressen imorgon – när kom pressmeddelandet?')).toBe('när kom pressmeddelandet?');
    expect(stripPreamble('Ska in på möte om tio minuter – kan du hjälpa?')).toBe('Ska in på möte om tio minuter – kan du hjälpa?');
  });

  it('cuts a closing sentence that asks nothing', () => {
    expect(stripPreamble('Vad säger avtalet om skolan? Frågar åt min chef')).toBe('Vad säger avtalet om skolan?');
    expect(stripPreamble('Vad säger avtalet om skolan? Och vem sa det?')).toBe('Vad säger avtalet om skolan? Och vem sa det?');
  });

  it('keeps an opening that names what the question is about', () => {
    const documentWord = (aside: string) => /styrgrupp/i.test(aside);
    expect(stripPreamble('Jag sitter i styrgruppen: vilka ska vi rapportera till?', documentWord)).toBe('Jag sitter i styrgruppen: vilka ska vi rapportera till?');
    expect(stripPreamble('Journalist ringer: vem citeras i pressmeddelandet?', documentWord)).toBe('vem citeras i pressmeddelandet?');
  });

  it('keeps what the question needs: a greeting alone, a name, a number', () => {
    expect(stripPreamble('Hej!')).toBe('Hej!');
    expect(stripPreamble('Anna König Jerlmyr. Vad lovar hon?')).toBe('Anna König Jerlmyr. Vad lovar hon?');
    expect(stripPreamble('KS 2019/656: vad är det?')).toBe('KS 2019/656: vad är det?');
  });
});

describe('expandShorthand', () => {
  it('writes out the city’s and the police’s abbreviations and the party letters', () => {
    expect(expandShorthand('sdf:en och lpo tar fram lokala överenskommelser')).toContain('stadsdelsförvaltningen och lokalpolisområdet');
    expect(expandShorthand('nuv avtal gäller till när?')).toBe('nuvarande avtal gäller till när?');
    expect(expandShorthand('Vad tycker C, M, L och MP om skolan?')).toBe('Vad tycker partierna om skolan?');
    expect(expandShorthand('Anything about helping people leave gangs?')).toBe('Anything about helping people avhopparverksamhet?');
    expect(expandShorthand('How do the signatories rate the proposal?')).toBe('How do the statement rate the proposal?');
  });
  it('cuts context before "undrar …" and a closing aside after a dash, but keeps a prefix that asks', () => {
    expect(stripPreamble('Jag sitter med en PM till nämnden och undrar vilka partier som står bakom uttalandet – behöver det till en fotnot.')).toBe('vilka partier som står bakom uttalandet');
    expect(stripPreamble("I'm writing a brief and need to know who signed the statement?")).toBe('who signed the statement?');
    expect(stripPreamble('Vart ringer en journalist som vill veta mer om pressmeddelandet?')).toBe('Vart ringer en journalist som vill veta mer om pressmeddelandet?');
  });
});

describe('who the asker is, said first', () => {
  it('cuts "Press sec here," and "Journalist här:" before the question', () => {
    expect(stripPreamble('Press sec here, who is quoted in the release?')).toBe('who is quoted in the release?');
    expect(stripPreamble('Journalist här: när kom pressmeddelandet?')).toBe('när kom pressmeddelandet?');
  });
});
