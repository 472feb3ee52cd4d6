import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { ErrorCode, type FieldError } from '@passerelle/contracts';
import { DomainError } from '../errors/domain-error.js';

/** Flattens class-validator's tree into one entry per invalid field, named by its dotted path. */
export function toFieldErrors(errors: ValidationError[], parentPath = ''): FieldError[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own: FieldError[] = error.constraints
      ? [{ field, messages: Object.values(error.constraints) }]
      : [];
    return [...own, ...toFieldErrors(error.children ?? [], field)];
  });
}

export function validationFailed(errors: ValidationError[]): DomainError {
  const fields = toFieldErrors(errors);
  const message = fields[0]?.messages[0] ?? 'The request is not valid';
  return new DomainError(ErrorCode.VALIDATION_FAILED, message, { fields });
}

/**
 * The same rules at both edges (HTTP in the gateway, NATS in each service):
 * unknown fields are refused rather than silently dropped, values are never
 * coerced from one type to another, and the error names every bad field.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: validationFailed,
  });
}
