import { Type } from 'class-transformer';
import { IsInt, IsString, Max, Min, MinLength } from 'class-validator';
import { ConfigError, loadConfig } from './load-config.js';

class ExampleConfig {
  @IsString() @MinLength(32) JWT_SECRET!: string;
  @Type(() => Number) @IsInt() @Min(1) @Max(65535) PORT = 3000;
}

describe('loadConfig', () => {
  it('applies defaults and converts numbers', () => {
    const config = loadConfig(ExampleConfig, { JWT_SECRET: 'x'.repeat(32) });
    expect(config).toMatchObject({ JWT_SECRET: 'x'.repeat(32), PORT: 3000 });
    expect(loadConfig(ExampleConfig, { JWT_SECRET: 'x'.repeat(32), PORT: '8080' }).PORT).toBe(8080);
  });

  it('names every missing or wrong variable in one line', () => {
    expect(() => loadConfig(ExampleConfig, { PORT: 'eighty' })).toThrow(ConfigError);
    expect(() => loadConfig(ExampleConfig, { PORT: 'eighty' })).toThrow(/JWT_SECRET.*; PORT/);
  });
});
