/** Injection tokens for the values the gateway module provides. */
export const GATEWAY_CONFIG = Symbol('GATEWAY_CONFIG');
export const ACCESS_TOKEN_KEY = Symbol('ACCESS_TOKEN_KEY');
