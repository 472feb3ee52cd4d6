import { findSlotProblems, sortSlots } from './availability-rules.js';

const slot = (weekday: number, start: string, end: string) => {
  const minutes = (clock: string) => {
    const [hours, mins] = clock.split(':').map(Number);
    return hours! * 60 + mins!;
  };
  return { weekday, startMinute: minutes(start), endMinute: end === '24:00' ? 1440 : minutes(end) };
};

describe('findSlotProblems', () => {
  it('accepts separate and touching slots, and the same hours on different days', () => {
    expect(
      findSlotProblems([
        slot(2, '18:00', '19:00'),
        slot(2, '19:00', '20:30'),
        slot(3, '18:00', '19:00'),
        slot(7, '22:00', '24:00'),
      ]),
    ).toEqual([]);
  });

  it('names an inverted slot', () => {
    expect(findSlotProblems([slot(1, '09:00', '10:00'), slot(2, '18:00', '17:00')])).toEqual([
      { field: 'slots.1', messages: ['slot Tuesday 18:00–17:00 must end after it starts'] },
    ]);
  });

  it('treats an empty slot as inverted', () => {
    expect(findSlotProblems([slot(1, '09:00', '09:00')])[0]?.field).toBe('slots.0');
  });

  it('names the later of two overlapping slots and the one it overlaps', () => {
    expect(findSlotProblems([slot(4, '12:00', '14:00'), slot(4, '13:30', '15:00')])).toEqual([
      {
        field: 'slots.1',
        messages: ['slot Thursday 13:30–15:00 overlaps slot 0 (Thursday 12:00–14:00)'],
      },
    ]);
  });

  it('sees a slot inside another as overlapping', () => {
    expect(findSlotProblems([slot(5, '08:00', '18:00'), slot(5, '10:00', '11:00')])).toHaveLength(1);
  });
});

describe('sortSlots', () => {
  it('orders by weekday, then start', () => {
    expect(
      sortSlots([slot(3, '10:00', '11:00'), slot(1, '12:00', '13:00'), slot(1, '08:00', '09:00')]),
    ).toEqual([slot(1, '08:00', '09:00'), slot(1, '12:00', '13:00'), slot(3, '10:00', '11:00')]);
  });
});
