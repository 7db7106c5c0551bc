import type { Locator, Page } from 'playwright-core';

/**
 * Page object for the Microsoft 365 Agents Playground web UI (v0.2.x), learned by experiment.
 * Its CSS classes are generated hashes, so everything here goes through roles, ARIA labels, the
 * Lexical editor attribute and the Adaptive Cards renderer's `ac-*` classes. Every wait is on the
 * DOM; nothing sleeps.
 *
 * DOM facts this relies on:
 * - sidebar: `tree` items "Personal Chat", "<group chat name>", "<team name> - General",
 *   "<team name> - <channel name>"; they also preview the last message, so texts are never
 *   searched there.
 * - composer: a Lexical `contenteditable` (`[data-lexical-editor]`), Enter sends; in a channel the
 *   new-post editor sits in a `group` with a "Post" button, and each thread has its own editor.
 * - bot messages carry an avatar `img` named after the bot (config `bot.name`), in chats and in
 *   channel threads alike; text renders as `<p>`, cards as `.ac-adaptiveCard`.
 * - card inputs are labelled by their `label` (the card's input ids are not in the DOM); a compact
 *   Input.ChoiceSet is a Fluent `combobox` with `option`s, an expanded one a `radiogroup`.
 * - the log panel logs "Connected." once the bot endpoint answered, and every activity with its
 *   HTTP status (e.g. "invoke 200").
 */
export interface PlaygroundPageOptions {
  /** `bot.name` in .m365agentsplayground.yml. */
  botName?: string;
  /** `team.name` in .m365agentsplayground.yml. */
  teamName?: string;
  /** How long to wait for the bot; generous because CI machines have two cores. */
  timeoutMs?: number;
}

const EDITOR = '[data-lexical-editor="true"]';

export class PlaygroundPage {
  readonly botName: string;
  readonly teamName: string;
  readonly timeoutMs: number;
  /** Bot messages before this index are history for waitForBotMessage. */
  private inChannel = false;

  constructor(
    readonly page: Page,
    readonly url: string,
    options: PlaygroundPageOptions = {},
  ) {
    this.botName = options.botName ?? 'Samverkan';
    this.teamName = options.teamName ?? 'Styrgruppen';
    this.timeoutMs = options.timeoutMs ?? 20_000;
  }

  /** Loads the UI and waits until the playground has reached the bot (it retries until then). */
  async open(): Promise<void> {
    await this.page.goto(this.url, { waitUntil: 'domcontentloaded', timeout: this.timeoutMs });
    await this.waitOrExplain(
      this.page.locator('span', { hasText: /^Connected\.$/ }).first(),
      'the playground did not connect to the bot endpoint',
    );
  }

  /** Opens the 1:1 chat with the bot. Opening a chat sends installationUpdate + conversationUpdate. */
  async openPersonalChat(): Promise<void> {
    await this.page.getByRole('treeitem', { name: 'Personal Chat', exact: true }).click();
    this.inChannel = false;
    await this.chatComposer().waitFor({ timeout: this.timeoutMs });
    await this.markSeen();
  }

  async openGroupChat(name: string): Promise<void> {
    await this.page.getByRole('treeitem', { name, exact: true }).click();
    this.inChannel = false;
    await this.chatComposer().waitFor({ timeout: this.timeoutMs });
    await this.markSeen();
  }

  /** Opens a channel of the team, e.g. 'General' (whose conversation id is the team id). */
  async openChannel(channelName: string): Promise<void> {
    await this.page.getByRole('treeitem', { name: `${this.teamName} - ${channelName}`, exact: true }).click();
    this.inChannel = true;
    await this.newPostEditor().waitFor({ timeout: this.timeoutMs });
    await this.markSeen();
  }

  /** Sends a message in the open chat (Enter), or starts a post in the open channel (Post). */
  async sendMessage(text: string): Promise<void> {
    await this.markSeen();
    const editor = this.inChannel ? this.newPostEditor() : this.chatComposer();
    await editor.fill(text);
    await this.submit(editor);
  }

  /**
   * Types "@", picks the bot from the mention menu and sends the text after it. In a channel the
   * bot only receives posts that mention it; the activity text is "<at>Bot</at> text".
   */
  async mentionBotAndSend(text: string): Promise<void> {
    await this.markSeen();
    const editor = this.inChannel ? this.newPostEditor() : this.chatComposer();
    await editor.click();
    await editor.pressSequentially('@');
    const menu = this.page.getByRole('listbox', { name: 'Typeahead menu' });
    await menu.getByRole('menuitem', { name: this.botName }).first().click({ timeout: this.timeoutMs });
    await editor.pressSequentially(` ${text}`);
    await this.submit(editor);
  }

  /** All bot messages in the open conversation, oldest first (chats and channel threads). */
  botMessages(): Locator {
    return this.page.locator(`xpath=${this.botMessageXpath()}`);
  }

  /**
   * Waits for a bot message containing the text that arrived since the last send (or, after a
   * card click, the clicked card itself, which an invoke response replaces in place).
   */
  async waitForBotMessage(containing: string | RegExp): Promise<Locator> {
    const pattern =
      typeof containing === 'string'
        ? { source: escapeRegExp(containing), flags: '' }
        : { source: containing.source, flags: containing.flags.replace(/[gy]/g, '') }; // test() must not keep state
    try {
      const handle = await this.page.waitForFunction(
        ({ xpath, source, flags }) => {
          const found = document.evaluate(xpath, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
          const regex = new RegExp(source, flags);
          for (let i = found.snapshotLength - 1; i >= 0; i--) {
            const node = found.snapshotItem(i) as HTMLElement | null;
            // New since the last send (never marked), or changed since (a card replaced in place).
            if (node && node.dataset.seenText !== node.innerText && regex.test(node.innerText)) return { index: i }; // an object: 0 is falsy
          }
          return false;
        },
        { xpath: this.botMessageXpath(), source: pattern.source, flags: pattern.flags },
        { timeout: this.timeoutMs },
      );
      const { index } = (await handle.jsonValue()) as { index: number };
      return this.botMessages().nth(index);
    } catch (error) {
      throw new Error(
        `No bot message containing ${String(containing)} within ${this.timeoutMs} ms.\n` +
          `Bot messages so far:\n${(await this.botMessages().allInnerTexts()).join('\n---\n')}\n` +
          `Playground log:\n${await this.logText()}`,
        { cause: error },
      );
    }
  }

  /** The visible text of the Adaptive Card in the bot's last message (or in the given message). */
  async readCardText(message?: Locator): Promise<string> {
    const target = message ?? this.botMessages().last();
    return target.locator('.ac-adaptiveCard').last().innerText();
  }

  /**
   * Clicks a card button (Action.Submit, Action.Execute, …) by its title, in the newest bot
   * message that has it. Action.Execute arrives at the bot as invoke `adaptiveCard/action` and the
   * invoke response's card replaces this message; Action.Submit arrives as a message whose `value`
   * holds data + inputs.
   */
  async clickCardButton(title: string): Promise<void> {
    const index = await this.newestBotMessageWith(`.ac-adaptiveCard button[title=${cssString(title)}]`);
    await this.markSeen();
    await this.botMessages().nth(index).locator('.ac-adaptiveCard').getByRole('button', { name: title, exact: true }).click();
  }

  /**
   * Fills an Input.Text (or Number/Date) of the bot's last card, found by its label (a RegExp for
   * labels like "Ansvarig *" of required inputs). Clicks first: the first pointer click inside a
   * freshly rendered card re-renders it and drops text that was filled without one.
   */
  async fillCardInput(label: string | RegExp, value: string): Promise<void> {
    const field = this.lastCard().getByLabel(label, { exact: true });
    await field.click();
    await field.fill(value);
  }

  /** Chooses an option of an Input.ChoiceSet by its title, compact (combobox) or expanded (radios). */
  async chooseCardOption(label: string | RegExp, choiceTitle: string): Promise<void> {
    const card = this.lastCard();
    const combobox = card.getByRole('combobox', { name: label, exact: true });
    if ((await combobox.count()) > 0) {
      await combobox.click();
      // The listbox is rendered in a portal outside the card.
      await this.page.getByRole('listbox').getByRole('option', { name: choiceTitle, exact: true }).click();
      return;
    }
    await card.getByRole('radiogroup', { name: label, exact: true }).getByRole('radio', { name: choiceTitle, exact: true }).check();
  }

  /** The log panel's text: every activity and its HTTP status; useful in failure messages. */
  async logText(): Promise<string> {
    // Its first line, "Current version: …", is there even before the bot answers.
    const log = this.page.locator('div', { has: this.page.locator('span', { hasText: /^Current version:/ }) }).last();
    return (await log.count()) > 0 ? (await log.locator('xpath=..').innerText()).slice(-4000) : '(no log panel)';
  }

  /**
   * The bot's avatar outside the sidebar, menus and log, then the nearest enclosing div that holds
   * message content (a paragraph or a card): in a chat the bubble, in a channel the thread reply.
   */
  private botMessageXpath(): string {
    return (
      `//span[@role="img" and @aria-label=${xpathString(this.botName)}]` +
      '[not(ancestor::*[@role="tree" or @role="listbox" or @role="menu" or @role="region"])]' +
      '/ancestor::div[.//p or .//*[contains(concat(" ", normalize-space(@class), " "), " ac-adaptiveCard ")]][1]'
    );
  }

  /**
   * Marks every bot message with its current text. What arrives after (a new message, or a card
   * an invoke response replaced) differs from its mark; DOM order says nothing in a channel,
   * where replies sit inside older posts.
   */
  private async markSeen(): Promise<void> {
    await this.page.evaluate((xpath) => {
      const found = document.evaluate(xpath, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
      for (let i = 0; i < found.snapshotLength; i++) {
        const node = found.snapshotItem(i) as HTMLElement | null;
        if (node) node.dataset.seenText = node.innerText;
      }
    }, this.botMessageXpath());
  }

  private lastCard(): Locator {
    return this.botMessages().last().locator('.ac-adaptiveCard').last();
  }

  private async newestBotMessageWith(selector: string): Promise<number> {
    const handle = await this.page.waitForFunction(
      ({ xpath, selector }) => {
        const found = document.evaluate(xpath, document, null, XPathResult.ORDERED_NODE_SNAPSHOT_TYPE, null);
        for (let i = found.snapshotLength - 1; i >= 0; i--) {
          const node = found.snapshotItem(i) as HTMLElement | null;
          if (node?.querySelector(selector)) return { index: i };
        }
        return false;
      },
      { xpath: this.botMessageXpath(), selector },
      { timeout: this.timeoutMs },
    );
    return ((await handle.jsonValue()) as { index: number }).index;
  }

  private chatComposer(): Locator {
    return this.page
      .locator('div', { has: this.page.getByRole('button', { name: 'Send Message', exact: true }) })
      .locator(EDITOR)
      .last();
  }

  private newPostEditor(): Locator {
    return this.page.getByRole('group').filter({ has: this.page.getByRole('button', { name: 'Post', exact: true }) }).locator(EDITOR);
  }

  private async submit(editor: Locator): Promise<void> {
    if (this.inChannel) await this.page.getByRole('button', { name: 'Post', exact: true }).click();
    else await editor.press('Enter');
  }

  private async waitOrExplain(locator: Locator, what: string): Promise<void> {
    try {
      await locator.waitFor({ timeout: this.timeoutMs });
    } catch (error) {
      throw new Error(`${what} within ${this.timeoutMs} ms (${this.url}).\nPlayground log:\n${await this.logText()}`, {
        cause: error,
      });
    }
  }
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** An XPath 1.0 string literal (no escapes exist, so mixed quotes need concat()). */
function xpathString(text: string): string {
  if (!text.includes('"')) return `"${text}"`;
  if (!text.includes("'")) return `'${text}'`;
  return `concat(${text
    .split('"')
    .map((part) => `"${part}"`)
    .join(`, '"', `)})`;
}

function cssString(text: string): string {
  return JSON.stringify(text);
}
