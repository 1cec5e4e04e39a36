/**
 * How this site's tokenizer ({@link tokenize}) is plugged into lunr, the index library of
 * `@easyops-cn/docusaurus-search-local`. Used when the index is built (Node) and in the search
 * worker (browser), always with the lunr instance the plugin itself uses.
 */
import type lunr from 'lunr';
import { tokenize, type LatinOptions } from './tokenize';

export type Lunr = typeof lunr;

/** English stemming and stop words, from lunr, for the Latin-script words of a text. */
export function latinOptions(lunrInstance: Lunr): LatinOptions {
  return {
    stem: (word) => lunrInstance.stemmer(new lunrInstance.Token(word, {})).toString(),
    isStopWord: (word) => !lunrInstance.stopWordFilter(new lunrInstance.Token(word, {})),
  };
}

/**
 * Makes a lunr builder index with {@link tokenize}: every token already is the final term, so the
 * pipelines are emptied, also the search pipeline saved with the index (queries are normalised
 * by the same tokenizer in the worker, not by lunr).
 */
export function configureBuilder(builder: lunr.Builder, lunrInstance: Lunr): void {
  const latin = latinOptions(lunrInstance);
  const tokenizer = (input?: unknown, metadata?: object): lunr.Token[] => {
    const text = typeof input === 'string' ? input : '';
    return tokenize(text, latin).map(
      (token, index) =>
        new lunrInstance.Token(token.term, {
          ...metadata,
          position: [token.start, token.length],
          index,
        }),
    );
  };
  builder.tokenizer = Object.assign(tokenizer, { separator: lunrInstance.tokenizer.separator });
  builder.pipeline.reset();
  builder.searchPipeline.reset();
}
