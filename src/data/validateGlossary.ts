/**
 * Checks glossary records at run time, so a bad entry fails a test (and the build check) with
 * a message that names the entry and the field and says how to fix it. It takes `unknown`
 * because the test fixtures are exactly the records TypeScript would refuse.
 */
import { normalizeForSearch } from '../utils/hangul';
import { GLOSSARY_LOCALES, GLOSSARY_TAGS, type GlossaryTerm } from './glossaryTypes';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Section anchors of the glossary page's letter index use this prefix (see glossarySections).
const RESERVED_ID_PREFIX = 'letter-';
const FIELDS = new Set(['id', 'name', 'aliases', 'short', 'long', 'tags', 'seeAlso', 'reference']);
const SENTENCE_END = /(?<=[.!?])\s+/u;
// 평어체 ends every statement in -다; 합쇼체 (-ㅂ니다/-습니다) and 해요체 (-요) do not, but 아니다 is
// 평어체. A sentence may close with a parenthesis before its full stop: a source, an example or a
// figure from facts.ts (`빨리 시작한다(보통 1초 안팎).`), itself possibly holding parentheses.
const PLAIN_STYLE_ENDING = /(?:(?<!니)|(?<=아니))다(?:\((?:[^()]|\([^()]*\))*\))?\.$/u;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Text as written, up to case and Unicode normalisation: `VM` and `vm` are the same text. */
function sameText(text: string): string {
  return text.normalize('NFC').trim().toLowerCase();
}

function describe(entry: unknown, index: number): string {
  const id = isRecord(entry) && typeof entry.id === 'string' ? ` "${entry.id}"` : '';
  return `glossary[${String(index)}]${id}`;
}

/** Returns one message per problem; an empty list means the glossary is valid. */
export function validateGlossary(entries: readonly unknown[]): string[] {
  const errors: string[] = [];
  const ids = new Set<string>();
  for (const entry of entries) {
    if (isRecord(entry) && typeof entry.id === 'string') ids.add(entry.id);
  }
  const seenIds = new Map<string, number>();
  // Every name and alias, normalised as the search compares them, and who owns it.
  const owners = new Map<string, { id: string; field: string; text: string }>();

  entries.forEach((entry, index) => {
    const where = describe(entry, index);
    const fail = (message: string): void => {
      errors.push(`${where}: ${message}`);
    };
    if (!isRecord(entry)) {
      fail('is not an object — each entry is { id, name, aliases, short, long, tags, seeAlso }.');
      return;
    }

    for (const key of Object.keys(entry)) {
      if (!FIELDS.has(key)) {
        fail(`has an unknown field "${key}" — the fields are ${[...FIELDS].join(', ')}.`);
      }
    }

    const { id } = entry;
    if (typeof id !== 'string' || !ID_PATTERN.test(id)) {
      fail(
        'id must be kebab-case ASCII (lower-case letters, digits and single hyphens, e.g. ' +
          '"container-runtime"); it becomes the anchor /glossary#<id>.',
      );
    } else {
      if (id.startsWith(RESERVED_ID_PREFIX)) {
        fail(
          `id must not start with "${RESERVED_ID_PREFIX}": the letter index uses those anchors.`,
        );
      }
      const first = seenIds.get(id);
      if (first !== undefined) {
        fail(
          `duplicate id "${id}" (also glossary[${String(first)}]) — ids are anchors and must be ` +
            'unique; merge the two entries or rename one.',
        );
      } else {
        seenIds.set(id, index);
      }
    }
    const ownerId = typeof id === 'string' ? id : `#${String(index)}`;

    const claim = (text: string, field: string): void => {
      const key = normalizeForSearch(text);
      if (key === '') return;
      const owner = owners.get(key);
      if (owner === undefined) {
        owners.set(key, { id: ownerId, field, text });
        return;
      }
      // The same spelling as the name in both languages (LXC, OCI) is one name, not a clash.
      if (owner.id === ownerId && owner.field.startsWith('name.') && field.startsWith('name.')) {
        return;
      }
      // A spelling variant of the term's own name or alias that differs only in spacing or
      // punctuation (가상 머신 for 가상머신) is kept: the glossary filter treats the two alike, but
      // the site search splits them into different words, so the variant is what finds the page
      // when a reader types it. Writing the very same text twice is still an error.
      if (owner.id === ownerId && sameText(owner.text) !== sameText(text)) return;
      const other = owner.id === ownerId ? 'this entry' : `"${owner.id}"`;
      fail(
        `${field} "${text}" is the same search key as ${owner.field} "${owner.text}" of ${other} ` +
          '(spacing, case and punctuation are ignored) — the search would not know which term ' +
          'is meant; remove the duplicate or list an abbreviation once, under aliases.en.',
      );
    };

    for (const field of ['name', 'short', 'long'] as const) {
      const value = entry[field];
      if (!isRecord(value)) {
        fail(`${field} is missing — write it as ${field}: { ko: '…', en: '…' }.`);
        continue;
      }
      for (const locale of GLOSSARY_LOCALES) {
        const text = value[locale];
        if (text === undefined) {
          fail(`${field}.${locale} is missing — every text needs both ko and en.`);
        } else if (typeof text !== 'string' || text.trim() === '') {
          fail(
            `${field}.${locale} is empty — write the ${locale === 'ko' ? 'Korean' : 'English'} text.`,
          );
        } else if (text !== text.trim()) {
          fail(`${field}.${locale} has leading or trailing spaces — trim them.`);
        } else if (field !== 'name' && !/[.!?]$/.test(text)) {
          fail(`${field}.${locale} must end with a full stop: it is read as a sentence.`);
        } else if (field === 'short' && /[.!?]\s+\S/.test(text)) {
          fail(`short.${locale} must be one sentence — move the rest into long.${locale}.`);
        } else if (locale === 'ko' && field !== 'name') {
          const sentence = text.split(SENTENCE_END).find((s) => !PLAIN_STYLE_ENDING.test(s));
          if (sentence !== undefined) {
            fail(
              `${field}.ko is not in 평어체: "${sentence}" — end every sentence with -다 ` +
                '(e.g. "실행한다."), not -니다 or -요, as the revised edition does.',
            );
          }
        }
        if (field === 'name' && typeof text === 'string') claim(text, `name.${locale}`);
      }
      for (const key of Object.keys(value)) {
        if (!(GLOSSARY_LOCALES as readonly string[]).includes(key)) {
          fail(`${field} has an unknown language "${key}" — the languages are ko and en.`);
        }
      }
    }

    const { aliases } = entry;
    if (!isRecord(aliases)) {
      fail('aliases is missing — write aliases: { ko: [], en: [] } (lists may be empty).');
    } else {
      for (const locale of GLOSSARY_LOCALES) {
        const list = aliases[locale];
        if (!Array.isArray(list)) {
          fail(`aliases.${locale} is missing — give a list, empty if there is no alias.`);
          continue;
        }
        list.forEach((alias: unknown, aliasIndex) => {
          if (typeof alias !== 'string' || alias.trim() === '') {
            fail(
              `aliases.${locale}[${String(aliasIndex)}] is empty — remove it or write the alias.`,
            );
          } else {
            claim(alias, `aliases.${locale}`);
          }
        });
      }
    }

    const { tags } = entry;
    if (!Array.isArray(tags) || tags.length === 0) {
      fail(`tags is missing — give at least one of: ${GLOSSARY_TAGS.join(', ')}.`);
    } else {
      const seenTags = new Set<unknown>();
      for (const tag of tags as unknown[]) {
        if (!(GLOSSARY_TAGS as readonly unknown[]).includes(tag)) {
          fail(
            `unknown tag "${String(tag)}" — use one of: ${GLOSSARY_TAGS.join(', ')} ` +
              '(or add it to GLOSSARY_TAGS with its labels).',
          );
        } else if (seenTags.has(tag)) {
          fail(`tag "${String(tag)}" is listed twice — remove one.`);
        }
        seenTags.add(tag);
      }
    }

    const { seeAlso } = entry;
    if (!Array.isArray(seeAlso)) {
      fail('seeAlso is missing — give a list of related term ids, empty if there is none.');
    } else {
      const seenRefs = new Set<unknown>();
      for (const ref of seeAlso as unknown[]) {
        if (typeof ref !== 'string' || !ids.has(ref)) {
          fail(
            `seeAlso "${String(ref)}" is not a term id — fix the spelling or add that term ` +
              '(ids are kebab-case, e.g. "container-image").',
          );
        } else if (ref === id) {
          fail('seeAlso lists the term itself — remove it.');
        } else if (seenRefs.has(ref)) {
          fail(`seeAlso "${ref}" is listed twice — remove one.`);
        }
        seenRefs.add(ref);
      }
    }

    const { reference } = entry;
    if (reference !== undefined) {
      const text = typeof reference === 'string' ? reference : JSON.stringify(reference);
      if (typeof reference !== 'string' || !URL.canParse(reference)) {
        fail(`reference ${text} is not a URL — write a full https:// address.`);
      } else if (new URL(reference).protocol !== 'https:') {
        fail(`reference "${text}" is not https — link the https:// address.`);
      }
    }
  });

  return errors;
}

/** Throws one error listing every problem; for build-time use. */
export function assertValidGlossary(
  entries: readonly unknown[],
): asserts entries is readonly GlossaryTerm[] {
  const errors = validateGlossary(entries);
  if (errors.length > 0) {
    throw new Error(`The glossary (src/data/glossary.ts) is invalid:\n- ${errors.join('\n- ')}`);
  }
}
