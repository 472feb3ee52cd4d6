import { applyDecorators } from '@nestjs/common';
import { ApiQuery } from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';

interface PropertySchema {
  type?: string;
  description?: string;
  [key: string]: unknown;
}

/**
 * Documents every property of a contract query class as a query parameter,
 * from its class-validator rules (the same source as the body schemas), so
 * the parameters in OpenAPI cannot drift from what the gateway accepts.
 */
export function ApiQueryFrom(queryClass: new () => object): MethodDecorator {
  const schema = validationMetadatasToSchemas()[queryClass.name] as
    { properties?: Record<string, PropertySchema>; required?: string[] } | undefined;
  const properties = Object.entries(schema?.properties ?? {});
  return applyDecorators(
    ...properties.map(([name, property]) =>
      ApiQuery({ name, required: schema?.required?.includes(name) ?? false, schema: property }),
    ),
  );
}
