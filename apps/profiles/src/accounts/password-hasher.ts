import { Injectable } from '@nestjs/common';
import { hash, verify, type Options } from '@node-rs/argon2';

// Algorithm.Argon2id: the package declares it as a const enum, which isolated
// module compilation cannot inline, so the value is spelled out.
const ARGON2ID = 2;

/** OWASP's argon2id recommendation: 19 MiB of memory, two passes, one lane. */
export const ARGON2_OPTIONS: Options = {
  algorithm: ARGON2ID,
  memoryCost: 19_456,
  timeCost: 2,
  parallelism: 1,
};

@Injectable()
export class PasswordHasher {
  // Checked when the email is unknown, so that answer takes as long as a wrong password.
  private readonly decoyHash = hash('decoy password never used by anyone', ARGON2_OPTIONS);

  hash(password: string): Promise<string> {
    return hash(password, ARGON2_OPTIONS);
  }

  async verify(passwordHash: string | null, password: string): Promise<boolean> {
    const matches = await verify(passwordHash ?? (await this.decoyHash), password).catch(() => false);
    return passwordHash !== null && matches;
  }
}
