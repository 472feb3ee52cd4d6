import { isIanaTimeZone } from './time-zone.js';

describe('isIanaTimeZone', () => {
  it.each(['Europe/Paris', 'America/Montreal', 'Africa/Dakar', 'UTC', 'Europe/Kiev'])(
    'accepts %s',
    (zone) => {
      expect(isIanaTimeZone(zone)).toBe(true);
    },
  );

  it.each(['Mars/Olympus', '+02:00', 'CET1', '', 'Europe/Paris\n', 42, null])('rejects %p', (zone) => {
    expect(isIanaTimeZone(zone)).toBe(false);
  });
});
