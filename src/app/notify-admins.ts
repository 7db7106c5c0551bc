import { isAppError } from '../domain/errors.ts';
import type { Language } from '../domain/model.ts';
import type { OutboxItem } from '../domain/outbox.ts';
import { OutboxSender } from '../scheduling/outbox-sender.ts';
import type { OutgoingMessage, ProactiveSender } from '../scheduling/proactive-sender.ts';
import type { RetryPolicy } from '../scheduling/send-with-retry.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import type { ReachService } from './reach-service.ts';

/**
 * Tells every admin in their personal chat, each in the language they last wrote in, through the
 * outbox like every proactive send: one item per admin and notice (`topic` of a `week`), so a
 * rerun or a second instance never tells them twice. An admin who never wrote to the bot is
 * reached through the team the app is installed in (`reach`), like a contact. Returns how many
 * were reached; an admin who cannot be reached is not a reason to fail the job that asks.
 */
export async function notifyAdmins(
  deps: {
    repositories: Pick<Repositories, 'roster' | 'conversations' | 'outbox'>;
    sender: ProactiveSender;
    owner: string;
    retry?: RetryPolicy;
    reach?: Pick<ReachService, 'reach'>;
  },
  tenantId: string,
  notice: { topic: string; week: string },
  message: (language: Language) => OutgoingMessage,
): Promise<number> {
  const admins = (await deps.repositories.roster.list(tenantId)).filter((person) => person.roles.includes('admin'));
  // Unreachable admins are simply not told (their items stay unreachable); the notice goes on for the rest.
  await deps.reach?.reach(tenantId, admins.map((admin) => admin.id)).catch(() => undefined);
  const composed = { sv: message('sv'), en: message('en') };
  for (const admin of admins) {
    const item: OutboxItem = {
      tenantId,
      id: `admin-notice:${notice.week}:${notice.topic}:${admin.id}`,
      type: 'outbox',
      kind: 'admin-notice',
      week: notice.week,
      recipient: admin.id,
      status: 'pending',
      attempts: 0,
      message: composed,
      createdAt: new Date().toISOString(),
    };
    await deps.repositories.outbox.create(item).catch((error: unknown) => {
      if (!isAppError(error, 'conflict')) throw error;
    });
  }
  const outbox = new OutboxSender({
    outbox: deps.repositories.outbox,
    conversations: deps.repositories.conversations,
    sender: deps.sender,
    owner: deps.owner,
    ...(deps.retry ? { retry: deps.retry } : {}),
  });
  const result = await outbox.drain(tenantId, 'admin-notice', notice.week, async (item, conversation) => {
    const composedMessage = item.message?.[conversation.language];
    if (!composedMessage) throw new Error(`admin notice ${item.id} has no message`);
    return composedMessage;
  });
  return result.sent;
}
