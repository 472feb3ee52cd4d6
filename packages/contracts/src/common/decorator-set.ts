/**
 * Several property decorators under one name, applied exactly as if they were stacked on the
 * property in the order given (TypeScript applies a stack bottom-up), so validation messages and
 * their order stay the same as with the stack written out.
 */
export function decoratorSet(...decorators: PropertyDecorator[]): PropertyDecorator {
  return (target, propertyKey) => {
    for (const decorator of [...decorators].reverse()) decorator(target, propertyKey);
  };
}
