import { In } from 'typeorm';
import { PLACE_HOLDING_STATUSES } from '@passerelle/contracts';

/** TypeORM condition: mentorships that hold one of the mentor's places (proposed, active, paused). */
export const PLACE_HOLDING = In([...PLACE_HOLDING_STATUSES]);
