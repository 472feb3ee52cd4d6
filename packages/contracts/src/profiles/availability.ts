import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsInt, Max, Min, ValidateNested } from 'class-validator';
import { IsIanaTimeZone } from '../common/time-zone.js';

export const UPDATE_MY_AVAILABILITY = 'rpc.profiles.availability.update.v1';

export const MINUTES_PER_DAY = 24 * 60;
export const MAX_AVAILABILITY_SLOTS = 42;

/**
 * One weekly slot in the owner's time zone: ISO weekday (1 = Monday … 7 =
 * Sunday) and minutes since midnight, end excluded. Stored as wall-clock time
 * so daylight-saving changes keep "Tuesdays 18:00–20:00" right.
 */
export class AvailabilitySlot {
  @IsInt() @Min(1) @Max(7) weekday!: number;
  @IsInt() @Min(0) @Max(MINUTES_PER_DAY - 1) startMinute!: number;
  @IsInt() @Min(1) @Max(MINUTES_PER_DAY) endMinute!: number;
}

/** Replaces the whole weekly availability; the time zone is the account's. */
export class UpdateMyAvailabilityRequest {
  @IsIanaTimeZone() timeZone!: string;

  @IsArray()
  @ArrayMaxSize(MAX_AVAILABILITY_SLOTS)
  @ValidateNested({ each: true })
  @Type(() => AvailabilitySlot)
  slots!: AvailabilitySlot[];
}

export class AvailabilityView {
  @IsIanaTimeZone() timeZone!: string;

  @ValidateNested({ each: true }) @Type(() => AvailabilitySlot) slots!: AvailabilitySlot[];
}
