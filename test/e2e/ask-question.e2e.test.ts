import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PlaygroundPage } from './playground-page.ts';
import { startPlaygroundSession, type PlaygroundSession } from './playground-session.ts';

// Journey 1 in the real local client: the app starts the Agents Playground itself, Chromium
// drives its UI, and the answer is read from the rendered card.
describe('journey 1: an official asks in the Agents Playground', () => {
  let session: PlaygroundSession | undefined;
  let ui: PlaygroundPage;

  beforeAll(async () => {
    session = await startPlaygroundSession();
    ({ ui } = session);
    await ui.openPersonalChat();
  }, 90_000);

  afterAll(async () => {
    await session?.stop();
  }, 30_000);

  it('answers "står det något om skolorna?" with the schools passage and its source', async () => {
    await ui.sendMessage('står det något om skolorna?');

    // The section title is in the citation only, not in the welcome card's suggestions.
    const answer = await ui.waitForBotMessage('Skolan som arena för förebyggande arbete');
    const card = await ui.readCardText(answer);
    expect(card).toContain('skolan är en viktig arena i det förebyggande arbetet');
    // The citation: the document (case KS 2019/656) and the section.
    expect(card).toContain('KS 2019/656');
    expect(card).toContain('Skolan som arena för förebyggande arbete');
  });

  it('a suggestion button asks its question: the answer replaces the card', async () => {
    // The schools answer suggests "Vad ingår i samverkansavtalet?"; pressing it sends no imBack
    // (the Playground cannot) but the verb "ask", answered in place.
    await ui.clickCardButton('Vad ingår i samverkansavtalet?');
    const answer = await ui.waitForBotMessage('Samverkansområden');
    const card = await ui.readCardText(answer);
    expect(card).toContain('Skjutvapenvåld');
    expect(card).toContain('KS 2019/656');
  });
});
