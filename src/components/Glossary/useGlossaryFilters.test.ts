import { formatFilters, NO_FILTERS, parseFilters, sameFilters } from './useGlossaryFilters';

describe('glossary filters in the address', () => {
  it('reads the query and known tags, in the tags’ own order', () => {
    expect(parseFilters('?tag=os&q=vm&tag=nope&tag=virtualization')).toEqual({
      query: 'vm',
      tags: ['virtualization', 'os'],
    });
    expect(parseFilters('')).toEqual(NO_FILTERS);
  });

  it('writes them back, keeping other parameters', () => {
    expect(formatFilters({ query: 'vm', tags: ['os'] }, '?view=parallel')).toBe(
      '?view=parallel&q=vm&tag=os',
    );
    expect(formatFilters(NO_FILTERS, '?q=old&tag=os')).toBe('');
  });

  it('tells equal filters apart from different ones', () => {
    expect(sameFilters(parseFilters(''), NO_FILTERS)).toBe(true);
    expect(sameFilters({ query: 'vm', tags: ['os'] }, { query: 'vm', tags: ['os'] })).toBe(true);
    expect(sameFilters({ query: 'vm', tags: [] }, { query: 'VM', tags: [] })).toBe(false);
    expect(sameFilters({ query: '', tags: ['os'] }, { query: '', tags: [] })).toBe(false);
  });
});
