import { hashSecret, newRefreshToken, parseRefreshToken, secretMatches } from './refresh-token-secret.js';

describe('refresh token secrets', () => {
  it('parses back what it issued', () => {
    const issued = newRefreshToken();
    expect(parseRefreshToken(issued.token)).toEqual({ id: issued.id, secret: issued.secret });
  });

  it('issues a different secret every time', () => {
    expect(newRefreshToken().secret).not.toEqual(newRefreshToken().secret);
  });

  it.each(['', 'garbage', 'not-a-uuid.secret', `${newRefreshToken().id}.short`])(
    'refuses malformed %p',
    (token) => {
      expect(parseRefreshToken(token)).toBeNull();
    },
  );

  it('matches only the right secret against the stored hash', () => {
    const { secret } = newRefreshToken();
    expect(secretMatches(secret, hashSecret(secret))).toBe(true);
    expect(secretMatches(newRefreshToken().secret, hashSecret(secret))).toBe(false);
  });
});
