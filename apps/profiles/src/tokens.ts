/** Injection tokens for the values the profiles module provides. */
export const DATA_SOURCE = Symbol('DATA_SOURCE');
export const PROFILES_CONFIG = Symbol('PROFILES_CONFIG');
