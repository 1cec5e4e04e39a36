/** The shape of a glossary record; the records themselves live in `glossary.ts`. */

export const GLOSSARY_LOCALES = ['ko', 'en'] as const;
export type GlossaryLocale = (typeof GLOSSARY_LOCALES)[number];

/**
 * The closed list of tags. Adding one means adding its label to the glossary page's tag chips
 * (`glossary.tag.<tag>` in src/components/Glossary and both code.json files).
 */
export const GLOSSARY_TAGS = ['virtualization', 'containers', 'os', 'operations', 'tools'] as const;
export type GlossaryTag = (typeof GLOSSARY_TAGS)[number];

/** One text in both languages: a missing translation is a type error and a failing test. */
export type Bilingual<T> = Readonly<Record<GlossaryLocale, T>>;

export interface GlossaryTerm {
  /** Kebab-case ASCII; the permanent anchor `/glossary#<id>` and the `<Term id>` value. */
  readonly id: string;
  /** The term as each language writes it (TERMINOLOGY.md). */
  readonly name: Bilingual<string>;
  /** Other spellings and abbreviations readers type; an abbreviation both languages use goes
   *  under `en` once. */
  readonly aliases: Bilingual<readonly string[]>;
  /** One sentence, shown in term previews. */
  readonly short: Bilingual<string>;
  /** A few sentences for the glossary page. */
  readonly long: Bilingual<string>;
  readonly tags: readonly GlossaryTag[];
  /** Ids of related terms. */
  readonly seeAlso: readonly string[];
  /** An authoritative https page about the term. */
  readonly reference?: string;
}
