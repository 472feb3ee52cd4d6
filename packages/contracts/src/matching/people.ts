import { IsEnum, IsIn, IsOptional, IsString, IsUUID } from 'class-validator';
import { Locale } from '../common/role.js';

/** A person as matching shows them: enough for a list or a card (the person page has the rest). */
export class PersonRef {
  @IsUUID() accountId!: string;
  @IsString() displayName!: string;
}

/** Lists and suggestions that carry reasons are written in the reader's language. */
export class LocalisedQuery {
  @IsOptional() @IsEnum(Locale, { message: 'locale must be fr or en' }) locale?: Locale;
}

/** How the caller stands in a request or a mentorship. */
export const MATCHING_SIDES = ['mentor', 'mentee', 'staff'] as const;
export type MatchingSide = (typeof MATCHING_SIDES)[number];
export class WithSide {
  @IsIn(MATCHING_SIDES) mySide!: MatchingSide;
}

/** The one-sentence "why" of a pairing, in the reader's language (see matching's renderReason). */
export class ExplainedMatch {
  /** 0–100. */
  score!: number;
  @IsString({ each: true }) reasons!: string[];
}
