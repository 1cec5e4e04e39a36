// @vitest-environment node
import {
  EMPTY_PROGRESS,
  STORAGE_KEY,
  countFinished,
  isFinished,
  parseProgress,
  serializeProgress,
  withFinished,
} from '../store';

const stored = (editions: unknown, version: unknown = 1): string =>
  JSON.stringify({ version, editions });

describe('parseProgress', () => {
  it('reads what serializeProgress wrote', () => {
    const progress = withFinished(
      withFinished(withFinished(EMPTY_PROGRESS, 'current', 'vm-problems'), 'current', 'containers'),
      '2021.02',
      'comparison',
    );
    const raw = serializeProgress(progress);
    expect(JSON.parse(raw)).toEqual({
      version: 1,
      editions: { current: ['vm-problems', 'containers'], '2021.02': ['comparison'] },
    });
    expect(parseProgress(raw)).toEqual(progress);
  });

  it('reads nothing stored as no progress', () => {
    expect(parseProgress(null)).toBe(EMPTY_PROGRESS);
  });

  it.each([
    ['not JSON', '{"version":1,'],
    ['an empty string', ''],
    ['a number', '1'],
    ['null', 'null'],
    ['an array', '[1]'],
    ['a string', '"current"'],
    ['no version', JSON.stringify({ editions: { current: ['a'] } })],
    ['another version', stored({ current: ['a'] }, 2)],
    ['a version as text', stored({ current: ['a'] }, '1')],
    ['editions as an array', stored([['current', ['a']]])],
    ['editions missing', JSON.stringify({ version: 1 })],
    ['doc ids not a list', stored({ current: 'vm-problems' })],
    ['a doc id not text', stored({ current: ['vm-problems', 3] })],
    ['an empty doc id', stored({ current: [''] })],
    ['markup as a doc id', stored({ current: ['<img src=x onerror=alert(1)>'] })],
    ['a prototype key', '{"version":1,"editions":{"__proto__":["a"]}}'],
    [
      'too many doc ids',
      stored({ current: Array.from({ length: 1001 }, (_, i) => `d${String(i)}`) }),
    ],
  ])('reads %s as no progress, without throwing', (_name, raw) => {
    expect(parseProgress(raw)).toBe(EMPTY_PROGRESS);
  });

  it('does not let a foreign "__proto__" edition reach the prototype', () => {
    parseProgress('{"version":1,"editions":{"__proto__":["polluted"]}}');
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('drops duplicate doc ids and empty editions', () => {
    const progress = parseProgress(stored({ current: ['a', 'a', 'b'], '2021.02': [] }));
    expect([...progress]).toEqual([['current', ['a', 'b']]]);
  });

  it('keeps its versioned key', () => {
    expect(STORAGE_KEY).toBe('vmc.reading-progress.v1');
  });
});

describe('editions', () => {
  const progress = withFinished(EMPTY_PROGRESS, '2021.02', 'vm-problems');

  it('keeps each edition apart: a page finished in the original is not in the revised', () => {
    expect(isFinished(progress, '2021.02', 'vm-problems')).toBe(true);
    expect(isFinished(progress, 'current', 'vm-problems')).toBe(false);
  });

  it('counts the finished pages of one edition among a list', () => {
    const both = withFinished(withFinished(progress, 'current', 'containers'), 'current', 'index');
    expect(countFinished(both, 'current', ['vm-problems', 'containers', 'comparison'])).toBe(1);
    expect(countFinished(both, '2021.02', ['vm-problems', 'containers', 'comparison'])).toBe(1);
  });

  it('returns the same object when the page was already finished', () => {
    expect(withFinished(progress, '2021.02', 'vm-problems')).toBe(progress);
    expect(withFinished(progress, 'current', 'vm-problems')).not.toBe(progress);
  });

  it('rejects a doc id it could not read back, naming it', () => {
    expect(() => withFinished(EMPTY_PROGRESS, 'current', 'a b')).toThrow(/doc id "a b"/);
  });
});
