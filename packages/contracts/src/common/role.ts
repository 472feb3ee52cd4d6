export enum Role {
  Student = 'student',
  Alumnus = 'alumnus',
  Staff = 'staff',
  Admin = 'admin',
}

/** Roles a person may pick when signing up; staff and admin are granted. */
export const SELF_SERVICE_ROLES = [Role.Student, Role.Alumnus] as const;
export type SelfServiceRole = (typeof SELF_SERVICE_ROLES)[number];

export enum Locale {
  Fr = 'fr',
  En = 'en',
}

export const DEFAULT_LOCALE = Locale.Fr;
export const DEFAULT_TIME_ZONE = 'Europe/Paris';
