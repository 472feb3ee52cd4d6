import { buildDirectoryQuery, effectiveSort } from './directory-query.js';

describe('buildDirectoryQuery', () => {
  it('passes everything typed as parameters, never inside the SQL', () => {
    const { page } = buildDirectoryQuery({ q: "x'; DROP TABLE accounts; --", sector: 'banking' }, 'members');
    expect(page.text).not.toContain('DROP');
    expect(page.values).toEqual(['x & DROP & TABLE & accounts:*', 'banking', 20, 0]);
  });

  it('reads only the documents of the reader audience', () => {
    expect(buildDirectoryQuery({}, 'members').page.text).toContain(`d.audience = 'members'`);
    expect(buildDirectoryQuery({}, 'staff').page.text).toContain(`d.audience = 'staff'`);
  });

  it('ranks only when there is text', () => {
    expect(buildDirectoryQuery({ q: 'data' }, 'members').page.text).toContain('ts_rank');
    expect(buildDirectoryQuery({}, 'members').page.text).not.toContain('ts_rank');
  });

  it('counts free places of available mentors only', () => {
    const { page } = buildDirectoryQuery({ hasFreeCapacity: true }, 'members');
    expect(page.text).toContain(`d.mentor_status = 'available' AND d.capacity > d.active_mentees`);
  });

  it('turns the page into an offset', () => {
    expect(buildDirectoryQuery({ page: 3, pageSize: 12 }, 'members').page.values.slice(-2)).toEqual([12, 24]);
  });

  it('leaves the limit and offset out of the count', () => {
    const { count } = buildDirectoryQuery({ country: 'SN', page: 2 }, 'members');
    expect(count.values).toEqual(['SN']);
    expect(count.text).not.toContain('LIMIT');
  });
});

describe('effectiveSort', () => {
  it('sorts by recent activity when relevance has no text to rank', () => {
    expect(effectiveSort({})).toBe('recent-activity');
    expect(effectiveSort({ q: ' -- ' })).toBe('recent-activity');
    expect(effectiveSort({ q: 'data' })).toBe('relevance');
    expect(effectiveSort({ sort: 'graduation-year' })).toBe('graduation-year');
  });
});
