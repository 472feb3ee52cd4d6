export interface TimeZoneOption {
  zone: string;
  /** Lower-case words the search matches against: "america new york gmt-5". */
  searchText: string;
  /** Current offset, e.g. "GMT+1"; shown to help tell zones apart. */
  offset: string;
}

function currentOffset(zone: string): string {
  const parts = new Intl.DateTimeFormat('en', {
    timeZone: zone,
    timeZoneName: 'shortOffset',
  }).formatToParts();
  return parts.find((part) => part.type === 'timeZoneName')?.value ?? '';
}

let cachedOptions: readonly TimeZoneOption[] | undefined;

/** Every IANA zone the browser knows, built once: formatting ~420 offsets is not free. */
export function timeZoneOptions(): readonly TimeZoneOption[] {
  if (!cachedOptions) {
    const zones = Intl.supportedValuesOf('timeZone');
    // Intl lists canonical zones only; UTC is what many people look for first.
    const withUtc = zones.includes('UTC') ? zones : ['UTC', ...zones];
    cachedOptions = withUtc.map((zone) => {
      const offset = currentOffset(zone);
      return { zone, offset, searchText: `${zone} ${offset}`.replaceAll(/[_/]/g, ' ').toLowerCase() };
    });
  }
  return cachedOptions;
}

/** Zones whose name or offset contains every word typed, in any order ("york new" finds New York). */
export function filterTimeZones(
  options: readonly TimeZoneOption[],
  query: string,
): readonly TimeZoneOption[] {
  const words = query.replaceAll(/[_/]/g, ' ').toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return options;
  return options.filter((option) => words.every((word) => option.searchText.includes(word)));
}

export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone;
}
