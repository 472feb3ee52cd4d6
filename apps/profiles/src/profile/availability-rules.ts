import type { AvailabilitySlot, FieldError } from '@passerelle/contracts';

const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];

const clock = (minute: number): string =>
  `${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}`;

const describe = (slot: AvailabilitySlot): string =>
  `${WEEKDAYS[slot.weekday - 1] ?? `day ${slot.weekday}`} ${clock(slot.startMinute)}–${clock(slot.endMinute)}`;

/**
 * What is wrong with a week of slots, each problem naming the slot by its
 * index (`slots.2`): a slot that ends before it starts, or one that overlaps
 * an earlier slot of the same day. Touching slots (18:00–19:00, 19:00–20:00) are fine.
 */
export function findSlotProblems(slots: readonly AvailabilitySlot[]): FieldError[] {
  const problems: FieldError[] = [];
  slots.forEach((slot, index) => {
    if (slot.endMinute <= slot.startMinute) {
      problems.push({
        field: `slots.${index}`,
        messages: [`slot ${describe(slot)} must end after it starts`],
      });
      return;
    }
    const overlapped = slots.findIndex(
      (other, otherIndex) =>
        otherIndex < index &&
        other.weekday === slot.weekday &&
        other.endMinute > other.startMinute &&
        other.startMinute < slot.endMinute &&
        slot.startMinute < other.endMinute,
    );
    if (overlapped >= 0) {
      problems.push({
        field: `slots.${index}`,
        messages: [`slot ${describe(slot)} overlaps slot ${overlapped} (${describe(slots[overlapped]!)})`],
      });
    }
  });
  return problems;
}

/** Slots in week order, the way they are shown and sent. */
export function sortSlots<T extends AvailabilitySlot>(slots: readonly T[]): T[] {
  return [...slots].sort((a, b) => a.weekday - b.weekday || a.startMinute - b.startMinute);
}
