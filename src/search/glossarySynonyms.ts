/**
 * The glossary filter's synonyms: the spellings of the proofreading dictionary
 * (src/data/terminology.json, src/search/synonyms.ts), as {@link synonymTable} wants them. The
 * glossary page imports this module on demand, so the dictionary (prh's messages and specs
 * included) and the Korean particle list are a chunk of their own that the page loads in idle
 * time, not with the page.
 */
import terminology from '../data/terminology.json';
import { synonymTable, type SynonymTable, type WordEnding } from '../utils/glossarySearch';
import { isBareSuffix } from './korean';
import { spellingRules, spellingsOf } from './synonyms';

/** A particle or an ending of the search's Korean stemmer, or an English plural. */
export const isWordEnding: WordEnding = (rest) =>
  rest === '' || isBareSuffix(rest) || rest === 's' || rest === 'es';

export const glossarySynonyms: SynonymTable = synonymTable(
  spellingRules(terminology).map(spellingsOf),
  isWordEnding,
);
