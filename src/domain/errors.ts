/**
 * The one error family of Samverkan. Every failure that reaches a boundary is an AppError with a
 * `code`; at the edges it becomes a user notice (the bot's turn handler and the verb runners in
 * bot/), an invoke response, or an HTTP status (bot/create-http-app.ts). Messages say what to do.
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

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, options: { cause?: unknown; details?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.details = options.details;
  }
}

export const isAppError = (error: unknown, code?: ErrorCode): error is AppError =>
  error instanceof AppError && (code === undefined || error.code === code);
