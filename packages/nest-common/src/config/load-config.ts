import { plainToInstance } from 'class-transformer';
import { validateSync } from 'class-validator';
import { toFieldErrors } from '../validation/validation-pipe.js';

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

/**
 * Reads an app's settings from the environment once, at start. Fails with one
 * line naming every missing or wrong variable, so nobody has to guess.
 */
export function loadConfig<T extends object>(schema: new () => T, env: NodeJS.ProcessEnv = process.env): T {
  const config = plainToInstance(schema, env, { exposeDefaultValues: true });
  const errors = validateSync(config, { whitelist: true, forbidUnknownValues: true });
  if (errors.length > 0) {
    const problems = toFieldErrors(errors).map((error) => error.messages.join(', '));
    throw new ConfigError(`Invalid configuration: ${problems.join('; ')}`);
  }
  return config;
}
