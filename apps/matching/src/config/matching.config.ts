import { ServiceConfig } from '@passerelle/nest-common';

/**
 * The environment of the matching service, validated once at start. Nothing
 * of its own yet: requests (expiry) and cycles add their settings here.
 */
export class MatchingConfig extends ServiceConfig {}
