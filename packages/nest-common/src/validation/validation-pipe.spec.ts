import 'reflect-metadata';
import { ErrorCode, RegisterAccountRequest } from '@passerelle/contracts';
import { DomainError } from '../errors/domain-error.js';
import { createValidationPipe } from './validation-pipe.js';

async function validateRegistration(body: unknown): Promise<DomainError | RegisterAccountRequest> {
  try {
    return await createValidationPipe().transform(body, { type: 'body', metatype: RegisterAccountRequest });
  } catch (error) {
    return error as DomainError;
  }
}

const valid = {
  email: 'Lea.Martin@Example.org ',
  password: 'long enough secret',
  displayName: ' Léa ',
  role: 'student',
};

describe('validation pipe', () => {
  it('normalises a valid registration', async () => {
    const result = await validateRegistration(valid);
    expect(result).toBeInstanceOf(RegisterAccountRequest);
    expect(result).toMatchObject({ email: 'lea.martin@example.org', displayName: 'Léa' });
  });

  it.each([
    ['email', { ...valid, email: 'not-an-email' }],
    ['password', { ...valid, password: 'short' }],
    ['role', { ...valid, role: 'admin' }],
    ['displayName', { ...valid, displayName: 42 }],
    ['timeZone', { ...valid, timeZone: 'Mars/Olympus' }],
    ['isAdmin', { ...valid, isAdmin: true }],
  ])('refuses a bad %s and names it', async (field, body) => {
    const error = await validateRegistration(body);
    expect(error).toBeInstanceOf(DomainError);
    const domainError = error as DomainError;
    expect(domainError.code).toBe(ErrorCode.VALIDATION_FAILED);
    expect(domainError.message).toContain(field);
    expect(domainError.details.fields?.map((entry) => entry.field)).toContain(field);
  });
});
