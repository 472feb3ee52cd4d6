import { ErrorCode, type FieldError } from '@passerelle/contracts';
import { DomainError } from '@passerelle/nest-common';

/** A 400 naming the fields at fault, shaped like the validation pipe's errors. */
export function validationFailure(fields: FieldError[]): DomainError {
  return new DomainError(ErrorCode.VALIDATION_FAILED, 'Some fields are invalid', { fields });
}

export function invalidField(field: string, message: string): DomainError {
  return validationFailure([{ field, messages: [message] }]);
}
