import { postActivity, teamsActivity } from './activities.ts';
import { cardOfSend, executeInvoke, invokeCard } from './card-helpers.ts';
import type { FakeConnector, RecordedSend } from './fake-connector.ts';

/**
 * A black-box walk through the bot over HTTP, as a Teams client would do it: write a command, then
 * for every card that comes back fill its form (if any) and press its first button, with the
 * card's own Action.Execute data (so its `lang` travels), and do the same once more for the cards
 * those actions bring. Every reply is recorded with the path of steps that led to it.
 */

export type Card = Record<string, unknown>;

export interface WalkReply {
  /** The steps that led here: the command, then the buttons pressed ('"ny uppgift" › "Skapa uppgift"'). */
  step: string;
  via: 'reply' | 'invoke response' | 'proactive';
  card?: Card;
  /** A plain text message (no card). */
  text?: string;
  /** The notification text sent with a card. */
  summary?: string;
  /** How many button presses led here (0 for replies to a command). */
  depth: number;
}

/** A button a user can press that talks to the bot. */
export type Button =
  | { kind: 'execute'; title: string; verb: string; data: Record<string, unknown>; inputs: Card[] }
  | { kind: 'imBack'; title: string; text: string };

/** What a form hands the bot when its button is pressed, input id → value. */
export type FormValues = Record<string, string>;

export interface FormFiller {
  /** The values to send for the inputs the button collects; defaults keep what the card shows. */
  fill(verb: string, inputs: Card[], card: Card): FormValues;
  /** A proactive card this action causes (the assignee's card of a new task), to wait for. */
  expectProactive?(verb: string, data: Record<string, unknown>, response: Card | undefined): ((card: Card) => boolean) | undefined;
}

export interface WalkOptions {
  botUrl: string;
  connector: FakeConnector;
  locale: string;
  filler: FormFiller;
  /** How many levels of buttons to press below a command (2: press on its cards, then on theirs). */
  pressDepth?: number;
  /** Waits for background replies (ms); a missing one fails the walk. */
  waitMs?: number;
}

export interface StepOptions {
  /** A background reply this command announces (the report of "kör statusförfrågan nu"). */
  background?: { describe: string; match: (card: Card) => boolean };
}

export class CardWalk {
  readonly replies: WalkReply[] = [];
  /** Problems that are not about language: a command without a reply, an HTTP error, a failed wait. */
  readonly problems: string[] = [];
  private readonly claimed = new Set<number>();
  private readonly conversationId: string;
  private readonly base: () => Record<string, unknown>;

  constructor(private readonly options: WalkOptions) {
    const sample = teamsActivity(options.connector.serviceUrl, { locale: options.locale });
    this.conversationId = (sample.conversation as { id: string }).id;
    this.base = () => teamsActivity(options.connector.serviceUrl, { locale: options.locale });
  }

  /** Writes a command, then walks the cards it brings. */
  async command(text: string, stepOptions: StepOptions = {}): Promise<void> {
    const label = `"${text}"`;
    const replies = await this.say(text, label, 0, stepOptions);
    this.replies.push(...replies);
    for (const reply of replies) await this.follow(reply, 1);
  }

  /** Records the sends nobody claimed (late background work), after the app has stopped. */
  collectLeftovers(label = '(after the walk)'): void {
    this.options.connector.sends.forEach((send, index) => {
      if (this.claimed.has(index) || send.conversationId !== this.conversationId) return;
      this.claimed.add(index);
      this.replies.push(this.toReply(send, label, 'proactive', Number.POSITIVE_INFINITY));
    });
  }

  private async follow(reply: WalkReply, level: number): Promise<void> {
    const depth = this.options.pressDepth ?? 2;
    if (level > depth || !reply.card) return;
    const button = firstButton(reply.card);
    if (!button) return;
    const label = `${reply.step} › "${button.title}"`;
    const replies = button.kind === 'imBack' ? await this.say(button.text, label, level) : await this.press(reply.card, button, label, level);
    this.replies.push(...replies);
    for (const next of replies) await this.follow(next, level + 1);
  }

  private async say(text: string, label: string, depth: number, stepOptions: StepOptions = {}): Promise<WalkReply[]> {
    const activity: Record<string, unknown> = { ...this.base(), text };
    const id = activity.id as string;
    const start = this.options.connector.sends.length;
    const response = await postActivity(this.options.botUrl, activity);
    if (response.status >= 300) this.problems.push(`${label}: HTTP ${response.status}`);
    const replies: WalkReply[] = [];
    try {
      // The HTTP answer comes after the turn, so its replies are recorded by now; wait anyway.
      await this.options.connector.waitFor((send) => this.isReplyTo(send, id), this.options.waitMs ?? 10_000);
    } catch {
      this.problems.push(`${label}: no reply`);
    }
    if (stepOptions.background) await this.awaitCard(start, label, stepOptions.background);
    replies.push(...this.claimSince(id, label, depth));
    return replies;
  }

  private async press(card: Card, button: Extract<Button, { kind: 'execute' }>, label: string, depth: number): Promise<WalkReply[]> {
    const values = this.options.filler.fill(button.verb, button.inputs, card);
    const activity = executeInvoke(this.base(), button.verb, { ...button.data, ...values });
    const id = activity.id as string;
    const start = this.options.connector.sends.length;
    const response = await postActivity(this.options.botUrl, activity);
    const replies: WalkReply[] = [];
    let responseCard: Card | undefined;
    if (response.status !== 200) {
      this.problems.push(`${label}: HTTP ${response.status} for the invoke`);
    } else {
      const body = await response.json().catch(() => undefined);
      responseCard = invokeCard(body);
      if (responseCard) replies.push({ step: label, via: 'invoke response', card: responseCard, depth });
      else this.problems.push(`${label}: the invoke response has no card (${JSON.stringify(body).slice(0, 200)})`);
    }
    const expected = this.options.filler.expectProactive?.(button.verb, { ...button.data, ...values }, responseCard);
    if (expected) await this.awaitCard(start, label, { describe: `the proactive card of ${button.verb}`, match: expected });
    replies.push(...this.claimSince(id, label, depth));
    return replies;
  }

  /** Waits for a card in our conversation, sent since `start` and not yet claimed, that matches. */
  private async awaitCard(start: number, label: string, expected: NonNullable<StepOptions['background']>): Promise<void> {
    const sends = this.options.connector.sends;
    const matches = (send: RecordedSend) => {
      const index = sends.indexOf(send);
      if (index < start || this.claimed.has(index) || send.conversationId !== this.conversationId) return false;
      const card = cardOfSend(send);
      return card !== undefined && expected.match(card);
    };
    try {
      await this.options.connector.waitFor(matches, this.options.waitMs ?? 10_000);
    } catch {
      this.problems.push(`${label}: ${expected.describe} never came`);
    }
  }

  /**
   * Everything sent to our conversation since `start` belongs to this step: replies to the activity
   * we sent, and proactive messages (background results, the cards the action caused). Replies to
   * the activity come in the turn; the others were waited for, or came anyway.
   */
  private claimSince(activityId: string, label: string, depth: number): WalkReply[] {
    const out: WalkReply[] = [];
    const sends = this.options.connector.sends;
    // From the first send on: a late one from an earlier step arrived while this step ran.
    for (let index = 0; index < sends.length; index += 1) {
      const send = sends[index]!;
      if (this.claimed.has(index) || send.conversationId !== this.conversationId) continue;
      this.claimed.add(index);
      out.push(this.toReply(send, label, this.isReplyTo(send, activityId) ? 'reply' : 'proactive', depth));
    }
    return out;
  }

  private toReply(send: RecordedSend, step: string, via: WalkReply['via'], depth: number): WalkReply {
    const card = cardOfSend(send);
    const text = typeof send.activity.text === 'string' && send.activity.text.trim() ? send.activity.text : undefined;
    const summary = typeof send.activity.summary === 'string' && send.activity.summary.trim() ? send.activity.summary : undefined;
    return { step, via, depth, ...(card ? { card } : {}), ...(text ? { text } : {}), ...(summary ? { summary } : {}) };
  }

  private isReplyTo(send: RecordedSend, activityId: string): boolean {
    return send.conversationId === this.conversationId && send.path.endsWith(`/activities/${encodeURIComponent(activityId)}`);
  }

}

/**
 * The buttons of a card in the order a user sees them: the body's action sets first, then the
 * card's actions; the buttons of an Action.ShowCard come right after it, with the inputs of the
 * shown card and of the card it belongs to (what Teams collects for an Action.Execute there).
 */
export function buttonsOf(card: Card): Button[] {
  const out: Button[] = [];
  const inputsOf = (node: unknown, acc: Card[] = []): Card[] => {
    if (!node || typeof node !== 'object') return acc;
    if (Array.isArray(node)) {
      node.forEach((n) => inputsOf(n, acc));
      return acc;
    }
    const record = node as Card;
    if (typeof record.type === 'string' && record.type.startsWith('Input.')) acc.push(record);
    for (const [key, value] of Object.entries(record)) {
      if (key === 'card' && record.type === 'Action.ShowCard') continue; // the shown card's inputs are its own
      if (key === 'fallback' || key === 'data') continue;
      inputsOf(value, acc);
    }
    return acc;
  };
  const visitCard = (current: Card, parentInputs: Card[]) => {
    const inputs = [...parentInputs, ...inputsOf(current.body)];
    const visitAction = (action: Card) => {
      const type = action.type as string;
      const title = typeof action.title === 'string' ? action.title : '';
      if (type === 'Action.Execute') out.push({ kind: 'execute', title, verb: String(action.verb ?? (action.data as Card | undefined)?.verb ?? ''), data: (action.data as Card) ?? {}, inputs });
      else if (type === 'Action.Submit') {
        const msteams = ((action.data as Card | undefined)?.msteams ?? {}) as { type?: string; value?: unknown; text?: unknown };
        if (msteams.type === 'imBack' && typeof msteams.value === 'string') out.push({ kind: 'imBack', title, text: msteams.value });
        else if (msteams.type === 'messageBack' && typeof msteams.text === 'string') out.push({ kind: 'imBack', title, text: msteams.text });
      } else if (type === 'Action.ShowCard' && action.card) visitCard(action.card as Card, inputs);
    };
    const visitBody = (node: unknown) => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visitBody);
      const record = node as Card;
      if (record.type === 'ActionSet') return ((record.actions as Card[] | undefined) ?? []).forEach(visitAction);
      if (record.selectAction) visitAction(record.selectAction as Card);
      for (const [key, value] of Object.entries(record)) if (key !== 'selectAction' && key !== 'fallback' && key !== 'data') visitBody(value);
    };
    visitBody(current.body);
    ((current.actions as Card[] | undefined) ?? []).forEach(visitAction);
  };
  visitCard(card, []);
  return out;
}

export const firstButton = (card: Card): Button | undefined => buttonsOf(card)[0];

/** What a client sends for inputs it shows unchanged: their values (empty ones are left out). */
export function shownValues(inputs: Card[]): FormValues {
  const values: FormValues = {};
  for (const input of inputs) {
    const value = input.value;
    if (typeof input.id === 'string' && value !== undefined && value !== null && String(value) !== '') values[input.id] = String(value);
  }
  return values;
}

/** The value of a choice of a ChoiceSet input, checked to exist (a form filled wrong is a bug in the test). */
export function choiceOf(input: Card | undefined, value: string): string {
  if (!input) throw new Error(`no such input (wanted choice ${value})`);
  const choices = (input.choices as Array<{ value: string }> | undefined) ?? [];
  if (!choices.some((choice) => choice.value === value)) throw new Error(`input ${String(input.id)} has no choice ${value}: ${choices.map((c) => c.value).join(', ')}`);
  return value;
}

/** The first line of what a reply shows: its title. */
export function titleOf(reply: WalkReply): string {
  const card = reply.card;
  if (card) {
    const first = findFirst(card.body, (node) => node.type === 'TextBlock' && typeof node.text === 'string');
    if (first) return String(first.text).split('\n')[0]!.slice(0, 80);
  }
  return (reply.text ?? '').split('\n').find((line) => line.trim() && !line.startsWith('```'))?.slice(0, 80) ?? '';
}

function findFirst(node: unknown, match: (node: Card) => boolean): Card | undefined {
  if (!node || typeof node !== 'object') return undefined;
  if (Array.isArray(node)) {
    for (const item of node) {
      const found = findFirst(item, match);
      if (found) return found;
    }
    return undefined;
  }
  const record = node as Card;
  if (match(record)) return record;
  for (const value of Object.values(record)) {
    const found = findFirst(value, match);
    if (found) return found;
  }
  return undefined;
}
