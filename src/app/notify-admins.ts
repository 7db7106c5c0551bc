import type { Language } from '../domain/model.ts';
import type { Repositories } from '../storage/create-repositories.ts';
import type { OutgoingMessage, ProactiveSender } from '../scheduling/proactive-sender.ts';
import { DEFAULT_RETRY, sendWithRetry, type RetryPolicy } from '../scheduling/send-with-retry.ts';

/**
 * Tells every admin in their personal chat, each in the language they last wrote in; returns how
 * many were reached. An admin who cannot be reached is not a reason to fail the job that asks.
 */
export async function notifyAdmins(
  deps: { repositories: Pick<Repositories, 'roster' | 'conversations'>; sender: ProactiveSender; retry?: RetryPolicy },
  tenantId: string,
  message: (language: Language) => OutgoingMessage,
): Promise<number> {
  const admins = (await deps.repositories.roster.list(tenantId)).filter((person) => person.roles.includes('admin'));
  let reached = 0;
  for (const admin of admins) {
    const conversation = await deps.repositories.conversations.read(tenantId, `user:${admin.id}`);
    if (!conversation) continue;
    try {
      await sendWithRetry(() => deps.sender.send(conversation.doc.reference, message(conversation.doc.language)), deps.retry ?? DEFAULT_RETRY);
      reached += 1;
    } catch {
      // counted as not reached
    }
  }
  return reached;
}
