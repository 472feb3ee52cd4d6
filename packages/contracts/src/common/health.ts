import { IsString } from 'class-validator';

/** Every service answers `rpc.<service>.health.ping.v1`; the gateway's /ready asks them all. */
export const pingSubject = (service: string): string => `rpc.${service}.health.ping.v1`;

/** The services behind the gateway; /ready is green only when each answers its ping. */
export const BACKEND_SERVICES = ['profiles', 'matching'] as const;
export type BackendService = (typeof BACKEND_SERVICES)[number];

export class PingReply {
  @IsString() service!: string;
  @IsString() at!: string;
}
