/**
 * The one error family of Samverkan. Every failure that reaches a boundary is an AppError with a
 * `code`; at the edges it becomes a user notice or invoke response (bot/reply-for-error.ts, one
 * place for every turn) or an HTTP status (bot/edge/create-http-app.ts). Messages say what to do.
 */
export type ErrorCode =
  | 'not-found'
  | 'conflict' // the document exists already (409)
  | 'concurrent-change' // someone else changed it since it was read (412)
  | 'retryable' // the store is busy (429/503): try again
  | 'invalid-input'
  | 'forbidden'
  | 'unauthenticated'
  | 'tenant-not-allowed'
  | 'storage';

/** Why a `forbidden` was raised: the role the action needs, which the user's notice names. */
export type ForbiddenReason = 'admin-only' | 'steering-only' | 'contact-only' | 'channel-admin-only' | 'roster-only' | 'anonymous';

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  readonly reason: ForbiddenReason | undefined;
  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: unknown; reason?: ForbiddenReason } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
    this.reason = options.reason;
  }
}

export const isAppError = (error: unknown, code?: ErrorCode): error is AppError =>
  error instanceof AppError && (code === undefined || error.code === code);
