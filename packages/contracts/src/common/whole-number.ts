import { IsInt, Max, Min } from 'class-validator';

/** A whole number from `min` to `max`, every failure saying so with the field's name and unit. */
export function WholeNumberIn(
  name: string,
  { min, max }: { min: number; max: number },
  unit: string,
): PropertyDecorator {
  const message = { message: `${name} must be a whole number of ${unit} from ${min} to ${max}` };
  return (target, key) => {
    IsInt(message)(target, key);
    Min(min, message)(target, key);
    Max(max, message)(target, key);
  };
}
