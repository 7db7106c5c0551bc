import { createRouter, type Feature, type Router } from '../../bot/router.ts';
import { replyForError } from '../../bot/reply-for-error.ts';
import { isCardReply, toOutcome, type CardReply, type HandlerResult, type Outcome, type Reply, type Turn } from '../../bot/turn.ts';
import type { Answer } from '../../src/qa/answer.ts';
import type { RosterEntry } from '../../src/domain/model.ts';
import type { Repository } from '../../src/domain/repository.ts';

/** Who a test turn is from; the roster entry is read per turn, as the pipeline does. */
export type TestPerson = Omit<Turn, 'roster' | 'conversation'> & { conversation?: Turn['conversation'] };

/**
 * Some features behind the real router, with the pipeline's error step (bot/reply-for-error.ts),
 * for tests that drive handlers without HTTP. Questions are not read here: a text that no
 * command matches fails the test.
 */
export function routeFeatures(features: Feature[], roster: Pick<Repository<RosterEntry>, 'read'>) {
  const router: Router = createRouter({
    features,
    welcome: async () => [],
    classify: async (_turn, text) => {
      throw new Error(`no command matches "${text}"`);
    },
    answer: async () => [],
  });
  async function turnOf(person: TestPerson): Promise<Turn> {
    const entry = person.userAadObjectId ? (await roster.read(person.tenantId, person.userAadObjectId))?.doc : undefined;
    return { conversation: { id: `user:${person.userAadObjectId ?? 'anonymous'}`, scope: 'personal' }, ...person, roster: entry };
  }
  async function route(person: TestPerson, input: Parameters<Router['route']>[1]): Promise<Outcome> {
    try {
      return await router.route(await turnOf(person), input);
    } catch (error) {
      return { replies: [replyForError(error, person.language).reply] };
    }
  }
  return {
    router,
    /** The replies to a chat message. */
    say: async (text: string, person: TestPerson): Promise<Reply[]> => (await route(person, { kind: 'message', text })).replies,
    /** The whole outcome of a chat message (replies and work that follows). */
    outcomeOf: (text: string, person: TestPerson): Promise<Outcome> => route(person, { kind: 'message', text }),
    /** The card that replaces the card a button was pressed on. */
    async act(verb: string, data: Record<string, unknown>, person: TestPerson): Promise<CardReply> {
      const { replies } = await route(person, { kind: 'card-action', verb, data: { verb, ...data } });
      const card = replies.find(isCardReply);
      if (!card) throw new Error(`the action ${verb} answered no card`);
      return card;
    },
    /** The replies of the feature that handles an answer's intent; undefined when none claims it. */
    async intent(answer: Answer, person: TestPerson): Promise<Reply[] | undefined> {
      const handler = router.table.intents[answer.kind] as ((turn: Turn, answer: Answer) => Promise<HandlerResult>) | undefined;
      return handler ? toOutcome(await handler(await turnOf(person), answer)).replies : undefined;
    },
    /** Which command a text matches, if any. */
    commandFor: (text: string): string | undefined => router.table.commands.find((command) => command.pattern.test(text.trim()))?.name,
  };
}
