import { randomBytes } from 'node:crypto';
import { chmod, readFile, writeFile } from 'node:fs/promises';

const MIN_LENGTH = 32; // what the gateway requires

/**
 * The secret the gateway signs tokens with. Generated on the first start and
 * kept in `file`, readable by its owner only, so sessions survive a restart.
 */
export async function loadOrCreateJwtSecret(file) {
  try {
    const kept = (await readFile(file, 'utf8')).trim();
    if (kept.length >= MIN_LENGTH) return kept;
  } catch (error) {
    if (error.code !== 'ENOENT') throw error;
  }
  const secret = randomBytes(48).toString('base64url');
  await writeFile(file, `${secret}\n`, { mode: 0o600 });
  await chmod(file, 0o600); // in case a shorter, unusable file was already there
  return secret;
}
