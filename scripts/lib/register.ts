/**
 * The two registers of the Korean site (TERMINOLOGY.md, "Registers"):
 * - interface strings — status and error messages, results, notices, hints, tooltips — speak to
 *   the reader in 합니다체 ("링크를 복사했습니다", "검색 결과가 없습니다"; a request may end in
 *   "-세요");
 * - prose — the pages, the glossary, the comparison rows, the references, and the reading text
 *   that lives in `code.json` (home page, glossary introduction, diagram descriptions, self-check
 *   answers, page descriptions) — is 평어체 ("…한다", "…이다").
 * This reads the sentence endings of the Korean `code.json` and reports the ones in the other
 * register. Only endings in 다 or 요 are judged; titles, labels and questions are left alone.
 */
import { codeJsonSegments } from './proseSources';

/** Ids of Korean `code.json` messages that are prose (평어체); every other message is interface. */
export const PROSE_MESSAGE_IDS: readonly RegExp[] = [
  /^home\./,
  /^glossary\.page\./,
  /^components\.diagrams\./,
  /^components\.selfCheck\.(question|answer\.)/,
  /^links\.searchPage\.description$/,
];

export interface RegisterProblem {
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly id: string;
  readonly ending: string;
  readonly message: string;
}

/** A Hangul word that ends a sentence or clause: before . ! ? : ( or the end of the message. */
const FINAL_WORD = /[가-힣]+(?=["'”’)\]]*\s*(?:[.!?:(…]|$))/g;

export function registerProblems(file: string, source: string): RegisterProblem[] {
  const problems: RegisterProblem[] = [];
  for (const segment of codeJsonSegments(file, source)) {
    const id = segment.label ?? '';
    const prose = PROSE_MESSAGE_IDS.some((pattern) => pattern.test(id));
    for (const match of segment.text.matchAll(FINAL_WORD)) {
      const word = match[0];
      const problem = prose ? proseProblem(word) : interfaceProblem(word);
      if (problem === null) continue;
      const start = match.index;
      problems.push({
        ...segment.locate(start, start + word.length),
        id,
        ending: word,
        message: problem,
      });
    }
  }
  return problems;
}

/** Nouns that end in 요 (필요, 중요, 주요, 개요), not 해요체 endings. */
const NOUN_IN_YO = /(필|중|주|개)요$/;

function interfaceProblem(word: string): string | null {
  if (word.endsWith('니다') || word.endsWith('세요') || NOUN_IN_YO.test(word)) return null;
  if (word.endsWith('다')) {
    return 'interface strings use 합니다체 (…습니다/…ㅂ니다), not 평어체';
  }
  if (word.endsWith('요')) return 'interface strings use 합니다체 (…습니다/…세요), not 해요체';
  return null;
}

function proseProblem(word: string): string | null {
  if (word.endsWith('니다')) return 'prose is 평어체 (…한다/…이다), not 합니다체';
  if (word.endsWith('요') && !NOUN_IN_YO.test(word)) {
    return 'prose is 평어체 (…한다/…이다), not 해요체';
  }
  return null;
}

/** `file:line:col  register: "…" in <id>: what to write instead` */
export function formatRegisterProblem(problem: RegisterProblem): string {
  return `${problem.file}:${String(problem.line)}:${String(problem.column)}  register: "${problem.ending}" in ${problem.id}: ${problem.message}`;
}
