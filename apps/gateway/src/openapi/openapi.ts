import type { INestApplication } from '@nestjs/common';
import { DocumentBuilder, SwaggerModule, type OpenAPIObject } from '@nestjs/swagger';
import { validationMetadatasToSchemas } from 'class-validator-jsonschema';
import '@passerelle/contracts';

export const OPENAPI_PATH = 'api/docs';

type ComponentSchemas = NonNullable<NonNullable<OpenAPIObject['components']>['schemas']>;

/**
 * The OpenAPI document, with schemas generated from the class-validator rules
 * of the contract classes: the documentation cannot drift from what is enforced.
 */
export function buildOpenApiDocument(app: INestApplication): OpenAPIObject {
  const config = new DocumentBuilder()
    .setTitle('Passerelle API')
    .setDescription(
      'Mentoring portal for alumni associations. Errors: { error: { code, message, details, correlationId } }.',
    )
    .setVersion('1')
    .addBearerAuth()
    .addCookieAuth('passerelle_refresh')
    .build();
  const document = SwaggerModule.createDocument(app, config);
  const contractSchemas = validationMetadatasToSchemas({
    refPointerPrefix: '#/components/schemas/',
  }) as ComponentSchemas;
  document.components = {
    ...document.components,
    schemas: { ...document.components?.schemas, ...contractSchemas },
  };
  return document;
}

export function mountOpenApi(app: INestApplication): void {
  SwaggerModule.setup(OPENAPI_PATH, app, () => buildOpenApiDocument(app), {
    jsonDocumentUrl: `${OPENAPI_PATH}/json`,
  });
}
