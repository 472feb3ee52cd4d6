import type { TFunction } from 'i18next';

/**
 * The name to show for a member. An erased account keeps its id but no name (the service
 * stores an empty one), so pages show "Deleted member" / "Compte supprimé" instead.
 */
export function memberName(t: TFunction, displayName: string): string {
  return displayName.trim() === '' ? t('privacy.deletedMember') : displayName;
}
