import { buildNoticeCard } from '../cards/notice-card.ts';
import { NOTICES } from '../cards/texts/notices.ts';
import { isAppError, type ForbiddenReason } from '../src/domain/errors.ts';
import type { Language } from '../src/domain/model.ts';
import type { CardReply } from './turn.ts';

const FORBIDDEN_NOTICES: Record<ForbiddenReason, keyof typeof NOTICES> = {
  'admin-only': 'adminOnly',
  'steering-only': 'planSteeringOnly',
  'contact-only': 'notAContact',
  'channel-admin-only': 'steeringAdminsOnly',
  'roster-only': 'rosterOnly',
  anonymous: 'anonymousUser',
};

/**
 * The one place where a failed turn becomes words for the user: a refusal names the role it
 * needs, a missing item says how to find it, a busy store asks to try again; anything else is an
 * internal error, logged by the caller. Every notice says what to do, and that nothing was saved.
 */
export function replyForError(error: unknown, language: Language): { reply: CardReply; expected: boolean } {
  if (isAppError(error, 'forbidden')) {
    const notice = error.reason ? NOTICES[FORBIDDEN_NOTICES[error.reason]] : NOTICES.forbidden;
    return { reply: buildNoticeCard(notice, language), expected: true };
  }
  if (isAppError(error, 'not-found')) return { reply: buildNoticeCard(NOTICES.notFound, language), expected: true };
  if (isAppError(error, 'invalid-input')) return { reply: buildNoticeCard(NOTICES.invalidCard, language), expected: true };
  if (isAppError(error, 'retryable')) return { reply: buildNoticeCard(NOTICES.busy, language), expected: false };
  return { reply: buildNoticeCard(NOTICES.internalError, language), expected: false };
}
