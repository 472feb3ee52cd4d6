/**
 * Stable codes shared by every service, the gateway and the web app. Codes
 * never change once published (they are stored, filtered on and imported from
 * CSV); the French and English labels live in the web app.
 */

export const SECTORS = [
  'agriculture-food',
  'architecture-construction',
  'arts-culture',
  'automotive-transport',
  'banking',
  'consulting',
  'education-research',
  'energy-environment',
  'engineering-industry',
  'fashion-luxury',
  'healthcare-pharma',
  'hospitality-tourism',
  'human-resources',
  'insurance',
  'it-software',
  'law',
  'logistics-supply-chain',
  'marketing-communication',
  'media-publishing',
  'ngo-social-economy',
  'public-sector',
  'real-estate',
  'retail-consumer-goods',
  'sales',
  'telecommunications',
  'audit-accounting',
] as const;
export type Sector = (typeof SECTORS)[number];

export const MENTORING_TOPICS = [
  'cv-review',
  'interview-preparation',
  'networking',
  'career-change',
  'sector-insight',
  'entrepreneurship',
  'first-job',
  'international-career',
] as const;
export type MentoringTopic = (typeof MENTORING_TOPICS)[number];

/** What a student can teach an alumnus back. */
export const REVERSE_MENTORING_TOPICS = [
  'social-networks',
  'ai-tools',
  'new-technologies',
  'new-ways-of-working',
] as const;
export type ReverseMentoringTopic = (typeof REVERSE_MENTORING_TOPICS)[number];

/**
 * Who may offer reverse mentoring (mentor an alumnus on digital topics):
 * students, and alumni who graduated this many years ago or less. Profiles
 * checks it when the offer is made; matching when it suggests or pairs (a
 * graduate stops counting as recent as the years pass, without editing
 * anything).
 */
export const RECENT_GRADUATE_YEARS = 2;

export function isRecentGraduate(graduationYear: number | null, now = new Date()): boolean {
  return graduationYear !== null && graduationYear >= now.getUTCFullYear() - RECENT_GRADUATE_YEARS;
}

export const MEETING_FORMATS = ['video', 'phone', 'chat', 'in-person'] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/** Where a student stands in the job search, from furthest to closest to a job. */
export const JOB_SEARCH_STAGES = [
  'exploring',
  'defining-target',
  'preparing-applications',
  'applying',
  'interviewing',
  'negotiating-offer',
] as const;
export type JobSearchStage = (typeof JOB_SEARCH_STAGES)[number];

/** Who may read a profile field besides its owner. */
export const VISIBILITY = ['everyone', 'mentoring-partners', 'staff'] as const;
export type Visibility = (typeof VISIBILITY)[number];

export const SMART_GOAL_STATUSES = ['open', 'achieved', 'abandoned'] as const;
export type SmartGoalStatus = (typeof SMART_GOAL_STATUSES)[number];

/** ISO 639-1 language codes. */
// prettier-ignore
export const LANGUAGES = [
  'aa', 'ab', 'af', 'ak', 'am', 'an', 'ar', 'as', 'av', 'ay', 'az', 'ba', 'be', 'bg', 'bi', 'bm', 'bn',
  'bo', 'br', 'bs', 'ca', 'ce', 'ch', 'co', 'cr', 'cs', 'cu', 'cv', 'cy', 'da', 'de', 'dv', 'dz', 'ee',
  'el', 'en', 'eo', 'es', 'et', 'eu', 'fa', 'ff', 'fi', 'fj', 'fo', 'fr', 'fy', 'ga', 'gd', 'gl', 'gn',
  'gu', 'gv', 'ha', 'he', 'hi', 'ho', 'hr', 'ht', 'hu', 'hy', 'hz', 'ia', 'id', 'ie', 'ig', 'ii', 'ik',
  'io', 'is', 'it', 'iu', 'ja', 'jv', 'ka', 'kg', 'ki', 'kj', 'kk', 'kl', 'km', 'kn', 'ko', 'kr', 'ks',
  'ku', 'kv', 'kw', 'ky', 'la', 'lb', 'lg', 'li', 'ln', 'lo', 'lt', 'lu', 'lv', 'mg', 'mh', 'mi', 'mk',
  'ml', 'mn', 'mr', 'ms', 'mt', 'my', 'na', 'nb', 'nd', 'ne', 'ng', 'nl', 'nn', 'no', 'nr', 'nv', 'ny',
  'oc', 'oj', 'om', 'or', 'os', 'pa', 'pi', 'pl', 'ps', 'pt', 'qu', 'rm', 'rn', 'ro', 'ru', 'rw', 'sa',
  'sc', 'sd', 'se', 'sg', 'si', 'sk', 'sl', 'sm', 'sn', 'so', 'sq', 'sr', 'ss', 'st', 'su', 'sv', 'sw',
  'ta', 'te', 'tg', 'th', 'ti', 'tk', 'tl', 'tn', 'to', 'tr', 'ts', 'tt', 'tw', 'ty', 'ug', 'uk', 'ur',
  'uz', 've', 'vi', 'vo', 'wa', 'wo', 'xh', 'yi', 'yo', 'za', 'zh', 'zu',
] as const;
export type LanguageCode = (typeof LANGUAGES)[number];

/** ISO 3166-1 alpha-2 country codes. */
// prettier-ignore
export const COUNTRIES = [
  'AD', 'AE', 'AF', 'AG', 'AI', 'AL', 'AM', 'AO', 'AQ', 'AR', 'AS', 'AT', 'AU', 'AW', 'AX', 'AZ', 'BA',
  'BB', 'BD', 'BE', 'BF', 'BG', 'BH', 'BI', 'BJ', 'BL', 'BM', 'BN', 'BO', 'BQ', 'BR', 'BS', 'BT', 'BV',
  'BW', 'BY', 'BZ', 'CA', 'CC', 'CD', 'CF', 'CG', 'CH', 'CI', 'CK', 'CL', 'CM', 'CN', 'CO', 'CR', 'CU',
  'CV', 'CW', 'CX', 'CY', 'CZ', 'DE', 'DJ', 'DK', 'DM', 'DO', 'DZ', 'EC', 'EE', 'EG', 'EH', 'ER', 'ES',
  'ET', 'FI', 'FJ', 'FK', 'FM', 'FO', 'FR', 'GA', 'GB', 'GD', 'GE', 'GF', 'GG', 'GH', 'GI', 'GL', 'GM',
  'GN', 'GP', 'GQ', 'GR', 'GS', 'GT', 'GU', 'GW', 'GY', 'HK', 'HM', 'HN', 'HR', 'HT', 'HU', 'ID', 'IE',
  'IL', 'IM', 'IN', 'IO', 'IQ', 'IR', 'IS', 'IT', 'JE', 'JM', 'JO', 'JP', 'KE', 'KG', 'KH', 'KI', 'KM',
  'KN', 'KP', 'KR', 'KW', 'KY', 'KZ', 'LA', 'LB', 'LC', 'LI', 'LK', 'LR', 'LS', 'LT', 'LU', 'LV', 'LY',
  'MA', 'MC', 'MD', 'ME', 'MF', 'MG', 'MH', 'MK', 'ML', 'MM', 'MN', 'MO', 'MP', 'MQ', 'MR', 'MS', 'MT',
  'MU', 'MV', 'MW', 'MX', 'MY', 'MZ', 'NA', 'NC', 'NE', 'NF', 'NG', 'NI', 'NL', 'NO', 'NP', 'NR', 'NU',
  'NZ', 'OM', 'PA', 'PE', 'PF', 'PG', 'PH', 'PK', 'PL', 'PM', 'PN', 'PR', 'PS', 'PT', 'PW', 'PY', 'QA',
  'RE', 'RO', 'RS', 'RU', 'RW', 'SA', 'SB', 'SC', 'SD', 'SE', 'SG', 'SH', 'SI', 'SJ', 'SK', 'SL', 'SM',
  'SN', 'SO', 'SR', 'SS', 'ST', 'SV', 'SX', 'SY', 'SZ', 'TC', 'TD', 'TF', 'TG', 'TH', 'TJ', 'TK', 'TL',
  'TM', 'TN', 'TO', 'TR', 'TT', 'TV', 'TW', 'TZ', 'UA', 'UG', 'UM', 'US', 'UY', 'UZ', 'VA', 'VC', 'VE',
  'VG', 'VI', 'VN', 'VU', 'WF', 'WS', 'YE', 'YT', 'ZA', 'ZM', 'ZW',
] as const;
export type CountryCode = (typeof COUNTRIES)[number];

/** Mentor capacity: how many active mentees at once. */
export const MENTOR_CAPACITY_MIN = 0;
export const MENTOR_CAPACITY_MAX = 20;
export const MENTOR_CAPACITY_DEFAULT = 2;

export const BIO_MAX_LENGTH = 1000;
export const LINKEDIN_URL_MAX_LENGTH = 200;
/** https://www.linkedin.com/in/… (country subdomains such as fr.linkedin.com are accepted too). */
export const LINKEDIN_URL_PATTERN = /^https:\/\/(www\.|[a-z]{2}\.)?linkedin\.com\/[^\s?#]+(\?[^\s#]*)?$/;
