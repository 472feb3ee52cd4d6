import 'reflect-metadata';
import { IsOptional, IsString, MaxLength, MinLength, validateSync } from 'class-validator';
import { decoratorSet } from './decorator-set.js';

const Name = () => decoratorSet(IsOptional(), IsString(), MinLength(2), MaxLength(5));

class Stacked {
  @IsOptional() @IsString() @MinLength(2) @MaxLength(5) name?: unknown;
}

class WithSet {
  @Name() name?: unknown;
}

const messages = (value: object) => validateSync(value).map((error) => error.constraints);

describe('decoratorSet', () => {
  it.each([['x'], ['far too long'], [42], [undefined], ['good']])(
    'validates %p exactly like the decorators stacked by hand',
    (name) => {
      expect(messages(Object.assign(new WithSet(), { name }))).toEqual(
        messages(Object.assign(new Stacked(), { name })),
      );
    },
  );

  it('reports every rule of the set that fails', () => {
    expect(Object.keys(messages(Object.assign(new WithSet(), { name: 42 }))[0] ?? {})).toEqual([
      'maxLength',
      'minLength',
      'isString',
    ]);
  });
});
