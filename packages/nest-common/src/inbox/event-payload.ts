import { plainToInstance, type ClassConstructor } from 'class-transformer';
import { validate } from 'class-validator';
import { toFieldErrors } from '../validation/validation-pipe.js';

/**
 * An event's payload as its contract class, or an error naming what is wrong.
 * Unknown fields are allowed: a publisher may add some before every consumer
 * knows them. The inbox retries a throwing handler, then parks the event.
 */
export async function eventPayload<T extends object>(
  type: ClassConstructor<T>,
  payload: unknown,
): Promise<T> {
  const instance = plainToInstance(type, payload);
  if (typeof instance !== 'object' || instance === null) {
    throw new Error(`The event payload is not a ${type.name}`);
  }
  const errors = await validate(instance, { forbidUnknownValues: true });
  if (errors.length > 0) {
    const fields = toFieldErrors(errors).map(({ field, messages }) => `${field}: ${messages.join(', ')}`);
    throw new Error(`Invalid ${type.name}: ${fields.join('; ')}`);
  }
  return instance;
}
