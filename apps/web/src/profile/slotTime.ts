import type { AvailabilitySlot } from '@passerelle/contracts';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** Wall-clock parts of an instant in a zone (one cached formatter per zone). */
function wallClock(zone: string, instant: Date) {
  let format = formatters.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
    });
    formatters.set(zone, format);
  }
  const parts = Object.fromEntries(format.formatToParts(instant).map((part) => [part.type, part.value]));
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

/** Minutes the zone is ahead of UTC at that instant. */
function offsetMinutes(zone: string, instant: Date): number {
  const wall = wallClock(zone, instant);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day) + wall.minutes * 60_000;
  return Math.round((asUtc - instant.getTime()) / 60_000);
}

/**
 * When a weekly slot starts on its next day (today included), the slot being wall-clock
 * time in `zone`: it follows that zone's daylight-saving changes.
 */
export function nextSlotStart(slot: AvailabilitySlot, zone: string, now = new Date()): Date {
  const today = wallClock(zone, now);
  const todayUtc = Date.UTC(today.year, today.month - 1, today.day);
  const isoWeekday = ((new Date(todayUtc).getUTCDay() + 6) % 7) + 1;
  const days = (slot.weekday - isoWeekday + 7) % 7;
  const wallAsUtc = todayUtc + days * 86_400_000 + slot.startMinute * 60_000;
  // Two passes settle the offset even when the slot's day has another offset than today.
  let instant = new Date(wallAsUtc - offsetMinutes(zone, new Date(wallAsUtc)) * 60_000);
  instant = new Date(wallAsUtc - offsetMinutes(zone, instant) * 60_000);
  return instant;
}
