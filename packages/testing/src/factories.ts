import { randomBytes } from 'node:crypto';

let sequence = 0;

/** An email no other test uses. */
export function uniqueEmail(name = 'person'): string {
  sequence += 1;
  return `${name}.${sequence}.${randomBytes(3).toString('hex')}@example.org`;
}

export interface RegistrationInput {
  email: string;
  password: string;
  displayName: string;
  role: 'student' | 'alumnus';
  locale?: 'fr' | 'en';
  timeZone?: string;
}

/** A valid sign-up; override what the test is about. */
export function aRegistration(overrides: Partial<RegistrationInput> = {}): RegistrationInput {
  return {
    email: uniqueEmail(),
    password: 'correct horse battery staple',
    displayName: 'Camille Durand',
    role: 'student',
    ...overrides,
  };
}
