import { registerDecorator, type ValidationOptions } from 'class-validator';

// Intl lists canonical zones only; 'UTC' and the old aliases people still pick
// (Europe/Kiev, America/Buenos_Aires…) are accepted because Intl resolves them.
const canonicalZones = new Set(Intl.supportedValuesOf('timeZone'));

export function isIanaTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value.length === 0 || value.length > 64) return false;
  if (canonicalZones.has(value) || value === 'UTC') return true;
  try {
    // Offsets such as '+02:00' are valid for Intl but are not IANA zone names.
    if (!value.includes('/')) return false;
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export function IsIanaTimeZone(options?: ValidationOptions): PropertyDecorator {
  return (target: object, propertyName: string | symbol) => {
    registerDecorator({
      name: 'isIanaTimeZone',
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: '$property must be an IANA time zone such as Europe/Paris', ...options },
      validator: { validate: (value: unknown) => isIanaTimeZone(value) },
    });
  };
}
