const UNIQUE_VIOLATION = '23505';

/** The name of the unique index or constraint a failed write ran into, if that is why it failed. */
export function uniqueViolationOf(error: unknown): string | undefined {
  const failure = error as { code?: string; constraint?: string };
  return failure.code === UNIQUE_VIOLATION ? failure.constraint : undefined;
}
