import { AppError } from '../domain/errors.ts';
import { isTransientCosmosError } from './retry-transient.ts';

/** Turns a Cosmos SDK error into the project's typed error, so no SDK error leaves src/storage. */
export function mapCosmosError(error: unknown, what: string): AppError {
  if (error instanceof AppError) return error;
  const code = (error as { code?: unknown }).code;
  if (isTransientCosmosError(error)) {
    return new AppError('retryable', `The database is busy (${String(code)}); try again in a moment.`, { cause: error });
  }
  switch (code) {
    case 404:
      return new AppError('not-found', `${what} was not found.`, { cause: error });
    case 409:
      return new AppError('conflict', `${what} exists already.`, { cause: error });
    case 412:
      return new AppError('concurrent-change', `${what} was changed by someone else meanwhile; read it again and retry.`, { cause: error });
    default:
      return new AppError('storage', `Storing ${what} failed: ${(error as Error)?.message ?? String(error)}`, { cause: error });
  }
}
