export interface FieldError {
  field: string;
  message: string;
}

/** An error with a stable code that the error handler turns into problem+json. */
export class AppError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: { errors?: FieldError[]; currentVersion?: number; retryAfter?: number; summary?: unknown } = {},
  ) {
    super(message);
  }
}

/** The SQLSTATE of a database error, whether drizzle wrapped it (in `cause`) or not. */
export function sqlState(error: unknown): string | undefined {
  const candidate = (error as { cause?: { code?: unknown } }).cause?.code ?? (error as { code?: unknown }).code;
  return typeof candidate === 'string' && /^[0-9A-Z]{5}$/.test(candidate) ? candidate : undefined;
}

export const isAppError = (error: unknown): error is AppError => error instanceof AppError;

export const notFound = (entity: string) => new AppError(404, `${entity}.not_found`, `No such ${entity.replace(/s$/, '')}`);

export const invalidFields = (errors: FieldError[]) =>
  new AppError(400, 'request.invalid', 'The request has invalid fields', { errors });

export const unprocessable = (errors: FieldError[]) =>
  new AppError(422, 'request.unprocessable', 'The request refers to records that do not exist or cannot be used', { errors });

export const preconditionRequired = () =>
  new AppError(428, 'request.precondition_required', 'Send If-Match with the ETag (version) you last read, so concurrent edits are detected', {
    errors: [{ field: 'headers.if-match', message: 'required' }],
  });

export const preconditionFailed = (entity: string, currentVersion: number) =>
  new AppError(412, `${entity}.version_conflict`, 'Someone else changed this record since you read it; reload and re-apply your change', {
    currentVersion,
  });

export const idempotencyMismatch = () =>
  new AppError(422, 'request.idempotency_key_reused', 'This Idempotency-Key was already used with a different request body', {
    errors: [{ field: 'headers.idempotency-key', message: 'already used with a different body' }],
  });

export const unauthenticated = (code: string, message: string) => new AppError(401, `auth.${code}`, message);

export const forbidden = (message = 'Your role does not allow this') => new AppError(403, 'auth.forbidden', message);
