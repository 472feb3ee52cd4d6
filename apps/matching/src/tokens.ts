/** Injection tokens for the values the matching module provides. */
export const DATA_SOURCE = Symbol('DATA_SOURCE');
export const MATCHING_CONFIG = Symbol('MATCHING_CONFIG');
