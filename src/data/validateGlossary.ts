/**
 * Checks what the type of a glossary record (`GlossaryTerm`) cannot: kebab-case and unique ids,
 * texts that are not blank, one-sentence `short`s, full stops, 평어체 in Korean, names and aliases
 * that the search can tell apart, `seeAlso` ids that exist, https references. A bad entry fails
 * a test with a message that names the entry and the field and says how to fix it. The shape
 * itself (fields, both languages, known tags) is the type's job: `tsc` rejects a record without
 * `long`, with a misspelt field or with an unknown tag.
 */
import { normalizeForSearch } from '../utils/hangul';
import { GLOSSARY_LOCALES, type GlossaryTerm } from './glossaryTypes';

const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// Section anchors of the glossary page's letter index use this prefix (see glossarySections).
const RESERVED_ID_PREFIX = 'letter-';
const SENTENCE_END = /(?<=[.!?])\s+/u;
// 평어체 ends every statement in -다; 합쇼체 (-ㅂ니다/-습니다) and 해요체 (-요) do not, but 아니다 is
// 평어체. A sentence may close with a parenthesis before its full stop: a source, an example or a
// figure from facts.ts (`빨리 시작한다(보통 1초 안팎).`), itself possibly holding parentheses.
const PLAIN_STYLE_ENDING = /(?:(?<!니)|(?<=아니))다(?:\((?:[^()]|\([^()]*\))*\))?\.$/u;

/** Text as written, up to case and Unicode normalisation: `VM` and `vm` are the same text. */
function sameText(text: string): string {
  return text.normalize('NFC').trim().toLowerCase();
}

/** Returns one message per problem; an empty list means the glossary is valid. */
export function validateGlossary(entries: readonly GlossaryTerm[]): string[] {
  const errors: string[] = [];
  const ids = new Set(entries.map((entry) => entry.id));
  const seenIds = new Map<string, number>();
  // Every name and alias, normalised as the search compares them, and who owns it.
  const owners = new Map<string, { id: string; field: string; text: string }>();

  entries.forEach((entry, index) => {
    const { id } = entry;
    const fail = (message: string): void => {
      errors.push(`glossary[${String(index)}] "${id}": ${message}`);
    };

    if (!ID_PATTERN.test(id)) {
      fail(
        'id must be kebab-case ASCII (lower-case letters, digits and single hyphens, e.g. ' +
          '"container-runtime"); it becomes the anchor /glossary#<id>.',
      );
    } else if (id.startsWith(RESERVED_ID_PREFIX)) {
      fail(`id must not start with "${RESERVED_ID_PREFIX}": the letter index uses those anchors.`);
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

    const claim = (text: string, field: string): void => {
      const key = normalizeForSearch(text);
      if (key === '') return;
      const owner = owners.get(key);
      if (owner === undefined) {
        owners.set(key, { id, field, text });
        return;
      }
      // The same spelling as the name in both languages (LXC, OCI) is one name, not a clash.
      if (owner.id === id && owner.field.startsWith('name.') && field.startsWith('name.')) {
        return;
      }
      // A spelling variant of the term's own name or alias that differs only in spacing or
      // punctuation (가상 머신 for 가상머신) is kept: the glossary filter treats the two alike, but
      // the site search splits them into different words, so the variant is what finds the page
      // when a reader types it. Writing the very same text twice is still an error.
      if (owner.id === id && sameText(owner.text) !== sameText(text)) return;
      const other = owner.id === id ? 'this entry' : `"${owner.id}"`;
      fail(
        `${field} "${text}" is the same search key as ${owner.field} "${owner.text}" of ${other} ` +
          '(spacing, case and punctuation are ignored) — the search would not know which term ' +
          'is meant; remove the duplicate or list an abbreviation once, under aliases.en.',
      );
    };

    for (const field of ['name', 'short', 'long'] as const) {
      for (const locale of GLOSSARY_LOCALES) {
        const text = entry[field][locale];
        if (text.trim() === '') {
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
        if (field === 'name') claim(text, `name.${locale}`);
      }
    }

    for (const locale of GLOSSARY_LOCALES) {
      entry.aliases[locale].forEach((alias, aliasIndex) => {
        if (alias.trim() === '') {
          fail(`aliases.${locale}[${String(aliasIndex)}] is empty — remove it or write the alias.`);
        } else {
          claim(alias, `aliases.${locale}`);
        }
      });
    }

    if (entry.tags.length === 0) fail('tags is empty — give at least one tag.');
    if (new Set(entry.tags).size !== entry.tags.length) {
      fail('tags lists a tag twice — remove one.');
    }

    const seenRefs = new Set<string>();
    for (const ref of entry.seeAlso) {
      if (!ids.has(ref)) {
        fail(
          `seeAlso "${ref}" is not a term id — fix the spelling or add that term ` +
            '(ids are kebab-case, e.g. "container-image").',
        );
      } else if (ref === id) {
        fail('seeAlso lists the term itself — remove it.');
      } else if (seenRefs.has(ref)) {
        fail(`seeAlso "${ref}" is listed twice — remove one.`);
      }
      seenRefs.add(ref);
    }

    const { reference } = entry;
    if (reference !== undefined) {
      if (!URL.canParse(reference)) {
        fail(`reference "${reference}" is not a URL — write a full https:// address.`);
      } else if (new URL(reference).protocol !== 'https:') {
        fail(`reference "${reference}" is not https — link the https:// address.`);
      }
    }
  });

  return errors;
}
