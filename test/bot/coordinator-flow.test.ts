import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ANSWER_TEXT_INPUT } from '../../cards/verbs.ts';
import { questionAnswerOutboxId, questionPostOutboxId } from '../../src/app/coordinator-questions.ts';
import { channelConversationId, personalConversationId } from '../../src/domain/conversation-id.ts';
import { curatedAnswerIdOf } from '../../src/domain/coordinator-question.ts';
import { refusalsIn } from '../../src/domain/question-feedback.ts';
import type { RunningApp } from '../../src/main.ts';
import { postActivity, teamsActivity, DEMO_USER_AAD, PLAYGROUND_TENANT } from '../support/activities.ts';
import { cardOfSend, executeInvoke, findInput, invokeCard, textOf } from '../support/card-helpers.ts';
import type { FakeConnector, RecordedSend } from '../support/fake-connector.ts';
import { parseProblems } from '../support/parse-card.ts';
import { startTestAppWithConnector, type TestApp } from '../support/test-app.ts';

const T = PLAYGROUND_TENANT;
const ADMIN = DEMO_USER_AAD; // admin + steering in the demo roster
const COORDINATOR = '00000000-0000-0000-0000-00000000d003'; // steering, not admin
const CONTACT = '00000000-0000-0000-0000-00000000d001'; // a district contact: not a coordinator
const OFFICIAL = '00000000-0000-0000-0000-00000000e001'; // not on the roster: any official may ask
const OTHER_OFFICIAL = '00000000-0000-0000-0000-00000000e002';
const COORDINATORS = '19:samordnare-demo@thread.tacv2';
const REFUSED = 'Vad kostar lunchen i stadshuset?';

type Action = { type: string; verb?: string; title?: string; data?: Record<string, unknown> };

/** Every Action.Execute of a card, wherever it sits (card actions, ActionSets). */
function executeActions(card: unknown): Action[] {
  const found: Action[] = [];
  const visit = (node: unknown) => {
    if (!node || typeof node !== 'object') return;
    if (Array.isArray(node)) return node.forEach(visit);
    const record = node as Record<string, unknown>;
    if (record.type === 'Action.Execute') found.push(record as Action);
    Object.entries(record).forEach(([key, value]) => key !== 'fallback' && visit(value));
  };
  visit(card);
  return found;
}
const actionFor = (card: unknown, verb: string, vote?: string) => {
  const action = executeActions(card).find((a) => a.verb === verb && (!vote || a.data?.vote === vote));
  if (!action?.data) throw new Error(`the card has no ${verb} button`);
  return action.data;
};

describe('an official asks a coordinator what the bot cannot answer (journey 6, real app)', () => {
  let testApp: (TestApp & { connector: FakeConnector }) | undefined;
  let app: RunningApp;
  let connector: FakeConnector;
  let channelCard: Record<string, unknown>;
  let questionId: string;

  const personal = (aadObjectId: string, name: string, overrides: Record<string, unknown> = {}) =>
    teamsActivity(connector.serviceUrl, { aadObjectId, from: { id: `29:${aadObjectId}`, aadObjectId, name }, conversation: { id: `a:chat-${aadObjectId}`, conversationType: 'personal' }, ...overrides });
  /** A post in the coordinators' channel (a message that @mentions the bot, or a card press). */
  const inChannel = (aadObjectId: string, name: string, overrides: Record<string, unknown> = {}) => {
    const mention = '<at>Samverkan</at>';
    return teamsActivity(connector.serviceUrl, {
      aadObjectId,
      from: { id: `29:${aadObjectId}`, aadObjectId, name },
      conversation: { id: `${COORDINATORS};messageid=1700000000000`, conversationType: 'channel', tenantId: T },
      channelData: { tenant: { id: T }, team: { id: 'team-id', name: 'Samverkan' }, channel: { id: COORDINATORS, name: 'Samordnare' } },
      entities: [{ type: 'mention', mentioned: { id: '28:bot', name: 'Samverkan' }, text: mention }],
      ...overrides,
      ...(typeof overrides.text === 'string' ? { text: `${mention} ${overrides.text}` } : {}),
    });
  };
  /** The card the bot answered a message with. */
  const replyTo = async (activity: Record<string, unknown>) => {
    const response = await postActivity(app.url, activity);
    expect(response.status).toBeLessThan(300);
    const send = await connector.waitFor((s) => s.path.includes(encodeURIComponent(activity.id as string)));
    return cardOfSend(send) ?? send.activity;
  };
  /** The card that replaces the pressed one (the invoke response). */
  const press = async (base: Record<string, unknown>, verb: string, data: Record<string, unknown>) => {
    const response = await postActivity(app.url, executeInvoke(base, verb, data));
    expect(response.status).toBe(200);
    return invokeCard(await response.json());
  };
  const sendsTo = (conversationId: string) => (send: RecordedSend) => send.conversationId === conversationId;
  const audit = async (action: string, outcome: 'done' | 'refused') => (await app.repositories.audit.list(T)).filter((e) => e.action === action && e.outcome === outcome);

  beforeAll(async () => {
    testApp = await startTestAppWithConnector();
    ({ app, connector } = testApp);
  });
  afterAll(async () => {
    await testApp?.stop();
  });

  it('an admin binds the coordinators’ channel with "samordnare här"; a non-admin is refused', async () => {
    // Before any channel is bound, a question has nowhere to go, and says so.
    const nowhere = await press(personal(OFFICIAL, 'Tjänsteperson Demo'), 'question.ask', { question: REFUSED, attempted: '', lang: 'sv' });
    expect(textOf(nowhere)).toContain('Ingen kanal tar emot frågor till samordnarna');
    expect(await app.repositories.coordinatorQuestions.list(T)).toHaveLength(0);
    const refused = await replyTo(inChannel(COORDINATOR, 'Demoledamot', { text: 'use this channel for coordinators' }));
    expect(textOf(refused)).toContain('For administrators only');
    expect(await app.repositories.coordinatorChannel.read(T, 'coordinator-channel')).toBeUndefined();
    const reply = await replyTo(inChannel(ADMIN, 'Alex Wilber', { text: 'samordnare här' }));
    expect(textOf(reply)).toContain('Samordnare tar nu emot frågor till samordnarna');
    expect((await app.repositories.coordinatorChannel.read(T, 'coordinator-channel'))?.doc).toMatchObject({ conversationId: channelConversationId(COORDINATORS), channelName: 'Samordnare' });
    expect(await audit('coordinator-channel.bind', 'done')).toHaveLength(1);
    expect(await audit('coordinator-channel.bind', 'refused')).toHaveLength(1);
  });

  it('a refused question has "Fråga en samordnare", 👍 and 👎; pressing it posts the question in the channel', async () => {
    const answer = await replyTo(personal(OFFICIAL, 'Tjänsteperson Demo', { text: REFUSED }));
    expect(textOf(answer)).toContain('Det står inte i underlaget');
    expect(executeActions(answer).map((a) => a.title)).toEqual(expect.arrayContaining(['Fråga en samordnare', '👍', '👎']));
    expect(parseProblems(answer)).toEqual([]);
    expect(JSON.stringify(answer).length).toBeLessThan(28 * 1024);
    // The refusal is recorded for the admins' list (after the reply).
    await app.idle();
    expect((await app.repositories.questionRefusals.list(T)).flatMap(refusalsIn).map((r) => r.question)).toContain(REFUSED);

    const ask = actionFor(answer, 'question.ask');
    expect(ask).toMatchObject({ question: REFUSED, lang: 'sv' });
    const confirmation = await press(personal(OFFICIAL, 'Tjänsteperson Demo'), 'question.ask', ask);
    expect(textOf(confirmation)).toContain('Din fråga är skickad till samordnarna. Du får svaret här.');

    const post = await connector.waitFor((s) => sendsTo(COORDINATORS)(s) && textOf(cardOfSend(s)).includes(REFUSED));
    channelCard = cardOfSend(post)!;
    expect(textOf(channelCard)).toContain('Fråga till samordnarna');
    expect(textOf(channelCard)).toContain('Ställd av Tjänsteperson Demo');
    expect(textOf(channelCard)).toContain('Det står inte i underlaget'); // the bot's attempt
    expect(findInput(channelCard, ANSWER_TEXT_INPUT)).toMatchObject({ type: 'Input.Text', isMultiline: true });
    expect(parseProblems(channelCard)).toEqual([]);
    questionId = String(actionFor(channelCard, 'question.answer').questionId);
    const stored = (await app.repositories.coordinatorQuestions.read(T, questionId))?.doc;
    expect(stored).toMatchObject({ status: 'open', question: REFUSED, asker: { aadObjectId: OFFICIAL, name: 'Tjänsteperson Demo' }, conversationId: personalConversationId(OFFICIAL) });
    // The outbox records the send just after the connector has it.
    await vi.waitFor(async () => expect((await app.repositories.outbox.read(T, questionPostOutboxId(questionId)))?.doc.status).toBe('sent'));
    expect(await audit('coordinator-question.create', 'done')).toHaveLength(1);
  });

  it('a non-coordinator cannot answer; a forged question id is refused', async () => {
    const data = { ...actionFor(channelCard, 'question.answer'), [ANSWER_TEXT_INPUT]: 'Jag gissar 100 kronor.' };
    const refused = await press(inChannel(CONTACT, 'Demokontakt Rinkeby-Kista'), 'question.answer', data);
    expect(textOf(refused)).toContain('Bara för styrgruppen');
    expect((await app.repositories.coordinatorQuestions.read(T, questionId))?.doc.status).toBe('open');
    expect(await audit('coordinator-question.answer', 'refused')).toHaveLength(1);

    const forged = await press(inChannel(COORDINATOR, 'Demoledamot'), 'question.answer', { ...data, questionId: 'q-../../admin' });
    expect(textOf(forged)).toContain('Kortet kunde inte läsas');
    const unknown = await press(inChannel(COORDINATOR, 'Demoledamot'), 'question.answer', { ...data, questionId: 'q-00000000-0000-4000-8000-000000000000' });
    expect(textOf(unknown)).toContain('Hittades inte');
    const forgedVote = await press(personal(OFFICIAL, 'Tjänsteperson Demo'), 'question.feedback', { question: REFUSED, kind: 'no-answer', vote: 'maybe', lang: 'sv' });
    expect(textOf(forgedVote)).toContain('Kortet kunde inte läsas');
  });

  it('a coordinator answers in the card; the asker gets the answer 1:1; a second answer is not sent', async () => {
    const base = actionFor(channelCard, 'question.answer');
    const empty = await press(inChannel(COORDINATOR, 'Demoledamot'), 'question.answer', { ...base, [ANSWER_TEXT_INPUT]: '   ' });
    expect(textOf(empty)).toContain('Skriv ett svar först');

    const answered = await press(inChannel(COORDINATOR, 'Demoledamot'), 'question.answer', { ...base, [ANSWER_TEXT_INPUT]: 'Lunchen betalar var och en själv.' });
    expect(textOf(answered)).toContain('Besvarad av Demoledamot');
    expect(textOf(answered)).toContain('Lunchen betalar var och en själv.');
    expect(actionFor(answered, 'question.save')).toMatchObject({ questionId });
    expect(parseProblems(answered)).toEqual([]);

    const delivered = await connector.waitFor((s) => sendsTo(`a:chat-${OFFICIAL}`)(s) && textOf(cardOfSend(s)).includes('Svar från samordnare Demoledamot'));
    expect(textOf(cardOfSend(delivered))).toContain(REFUSED);
    expect(textOf(cardOfSend(delivered))).toContain('Lunchen betalar var och en själv.');
    await vi.waitFor(async () => expect((await app.repositories.outbox.read(T, questionAnswerOutboxId(questionId)))?.doc.status).toBe('sent'));
    expect((await app.repositories.coordinatorQuestions.read(T, questionId))?.doc).toMatchObject({ status: 'answered', answeredBy: { aadObjectId: COORDINATOR } });

    const second = await press(inChannel(ADMIN, 'Alex Wilber'), 'question.answer', { ...base, [ANSWER_TEXT_INPUT]: 'Något annat.' });
    expect(textOf(second)).toContain('hade redan besvarats av Demoledamot');
    expect((await app.repositories.coordinatorQuestions.read(T, questionId))?.doc.answer).toBe('Lunchen betalar var och en själv.');
    expect(connector.sends.filter((s) => sendsTo(`a:chat-${OFFICIAL}`)(s) && textOf(cardOfSend(s)).includes('Svar från samordnare'))).toHaveLength(1);
  });

  it('"Spara som svar" stores a curated answer, audits it and reloads the knowledge base', async () => {
    expect((await app.knowledge.knowledgeBase(T)).curated ?? []).toEqual([]); // loaded (and cached) before the save
    const refused = await press(inChannel(CONTACT, 'Demokontakt Rinkeby-Kista'), 'question.save', { questionId, lang: 'sv' });
    expect(textOf(refused)).toContain('Bara för styrgruppen');

    const saved = await press(inChannel(COORDINATOR, 'Demoledamot'), 'question.save', { questionId, lang: 'sv' });
    expect(textOf(saved)).toContain('Sparat som svar');
    expect(executeActions(saved).some((a) => a.verb === 'question.save')).toBe(false);
    const curated = (await app.repositories.curatedAnswers.read(T, curatedAnswerIdOf(questionId)))?.doc;
    expect(curated).toMatchObject({ type: 'curated-answer', questions: [REFUSED], answer: 'Lunchen betalar var och en själv.', language: 'sv', by: { aadObjectId: COORDINATOR } });
    expect((await app.knowledge.knowledgeBase(T)).curated?.map((c) => c.id)).toEqual([curatedAnswerIdOf(questionId)]);
    expect(await audit('curated-answer.create', 'done')).toHaveLength(1);
    // Pressed again: nothing new.
    expect(textOf(await press(inChannel(COORDINATOR, 'Demoledamot'), 'question.save', { questionId, lang: 'sv' }))).toContain('Sparat som svar');
    expect(await app.repositories.curatedAnswers.list(T)).toHaveLength(1);
  });

  it('the next official who asks the same question gets the coordinator’s answer at once, marked as the coordinator’s', async () => {
    const answer = await replyTo(personal(OTHER_OFFICIAL, 'Annan tjänsteperson', { text: REFUSED }));
    expect(textOf(answer)).toContain('Svar från samordnare Demoledamot');
    expect(textOf(answer)).toContain('Lunchen betalar var och en själv.');
    expect(textOf(answer)).not.toContain('Det står inte i underlaget');
  });

  it('votes are stored (a second vote replaces the first) and "obesvarade frågor" lists refused and 👎 questions with counts', async () => {
    const answer = await replyTo(personal(OTHER_OFFICIAL, 'Annan tjänsteperson', { text: 'Vad står det om skolorna?' }));
    const down = await press(personal(OTHER_OFFICIAL, 'Annan tjänsteperson'), 'question.feedback', actionFor(answer, 'question.feedback', 'down'));
    expect(textOf(down)).toContain('Tack för att du sa till');
    const up = await press(personal(OTHER_OFFICIAL, 'Annan tjänsteperson'), 'question.feedback', actionFor(answer, 'question.feedback', 'up'));
    expect(textOf(up)).toContain('Skönt att svaret hjälpte');
    expect((await app.repositories.questionFeedback.list(T)).map((v) => v.vote)).toEqual(['up']);
    await press(personal(OTHER_OFFICIAL, 'Annan tjänsteperson'), 'question.feedback', actionFor(answer, 'question.feedback', 'down'));
    await press(personal(OFFICIAL, 'Tjänsteperson Demo'), 'question.feedback', { ...actionFor(answer, 'question.feedback', 'down'), question: 'vad står det om skolorna' });
    expect(await app.repositories.questionFeedback.withVote(T, 'down')).toHaveLength(2);
    // A refused question, twice, written differently (the lunch question has a saved answer by now).
    await replyTo(personal(OFFICIAL, 'Tjänsteperson Demo', { text: 'Hur många parkeringsplatser har Stadshuset?' }));
    await replyTo(personal(OTHER_OFFICIAL, 'Annan tjänsteperson', { text: 'hur manga parkeringsplatser har stadshuset' }));
    await app.idle();

    expect(textOf(await replyTo(personal(CONTACT, 'Demokontakt Rinkeby-Kista', { text: 'obesvarade frågor' })))).toContain('Bara för administratörer');
    const list = await replyTo(personal(ADMIN, 'Alex Wilber', { text: 'obesvarade frågor' }));
    const text = textOf(list);
    expect(text).toContain('Obesvarade frågor');
    expect(text).toMatch(/parkeringsplatser har stadshuset” \(2 gånger\)/i);
    expect(text).toContain('utan svar: 2, 👎: 0');
    expect(text).toMatch(/vad står det om skolorna” \(2 gånger\)/);
    expect(text).toContain('utan svar: 0, 👎: 2');
    // Newest first: the refusal was asked after the votes.
    expect(text.indexOf('parkeringsplatser')).toBeLessThan(text.indexOf('skolorna'));
    const english = await replyTo(personal(ADMIN, 'Alex Wilber', { text: 'unanswered questions', locale: 'en-US' }));
    expect(textOf(english)).toContain('2 times');
  });

  it('keeps the conversation’s follow-up topic: stored per conversation, left alone by commands, replaced by the next answer, expired after 30 minutes', async () => {
    const topic = { question: 'Vad säger uttalandet om en levande stad?', language: 'sv' as const, kind: 'passage', sectionId: 'levande-stad', at: new Date().toISOString() };
    const conversationId = personalConversationId(OFFICIAL);
    await app.repositories.conversationTopics.remember(T, conversationId, topic, new Date());
    // A command leaves the topic alone; an answer about the agreement replaces it with its own.
    await replyTo(personal(OFFICIAL, 'Tjänsteperson Demo', { text: 'beslut' }));
    expect(await app.repositories.conversationTopics.current(T, conversationId, new Date())).toEqual(topic);
    await replyTo(personal(OFFICIAL, 'Tjänsteperson Demo', { text: 'vad ingår i samverkansavtalet?' }));
    expect(await app.repositories.conversationTopics.current(T, conversationId, new Date())).toMatchObject({ question: 'vad ingår i samverkansavtalet?', kind: 'focus-areas' });
    expect(await app.repositories.conversationTopics.current(T, conversationId, new Date(Date.now() + 31 * 60_000))).toBeUndefined();
  });
});
