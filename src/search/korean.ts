/**
 * A light, dictionary-free Korean stemmer for search: it strips the particles (조사) and the
 * endings of 하다/되다/시키다/이다 that Korean glues to the end of a word, so that 컨테이너,
 * 컨테이너를, 컨테이너에서 and 컨테이너들은 all become 컨테이너, and 가상화된/가상화하여 become 가상화.
 *
 * The same function runs when the index is built and on every query, so a word only has to be
 * reduced the same way on both sides; it does not have to be linguistically perfect. Two rules
 * keep it from merging different words:
 * - only whole suffixes from the lists below are removed, never single letters (jamo), so 설정
 *   and 설치 stay apart;
 * - at least two syllables must remain, so 차이, 속도, 역할, 포함 and 정의 are left alone.
 * Suffixes that are too often the last syllable of a noun (지 as in 이미지, 기 as in 크기, 인 as
 * in 도메인) are deliberately not in the lists; the query side's prefix matching covers them.
 */

const SYLLABLE_FIRST = 0xac00;
const FINAL_COUNT = 28;

/** Space-separated lists keep the tables below readable. */
function words(list: string): readonly string[] {
  return list.split(' ');
}

const FINALS = { n: 4, l: 8, m: 16, b: 17 } as const;

/** The syllable with a final consonant (받침) added: `하` + n → `한`. */
function withFinal(syllable: string, final: keyof typeof FINALS): string {
  const code = syllable.charCodeAt(0) - SYLLABLE_FIRST;
  if (code % FINAL_COUNT !== 0) throw new Error(`"${syllable}" already has a final consonant`);
  return String.fromCharCode(SYLLABLE_FIRST + code + FINALS[final]);
}

/** Particles (조사) that follow a noun. */
const PARTICLES = words(
  '이 가 은 는 을 를 의 에 와 과 도 만 로 으로 에서 에게 께 께서 한테 까지 부터 보다 처럼 마다 조차 ' +
    '마저 밖에 뿐 이나 이든 든지 이라도 라도 랑 이랑 에게서 로서 으로서 로써 으로써 대로 만큼 같이 이란 란 ' +
    '이라는 라는 이라고 라고 이라 이다 입니다 이며 이고 이지만 이므로 이면 였다 이었다 이나마',
);

/** Particles that can follow another particle: 에서 + 는 → 에서는. */
const TRAILING_PARTICLES = words('는 은 도 의 만 을 를 이 가 부터 까지');
const STACKABLE = words(
  '에서 에 으로 로 과 와 에게 까지 부터 보다 만 처럼 로서 으로서 마다 한테 께서 에게서 뿐 만큼 대로',
);

/** Endings glued to a vowel-final predicate stem (하, 되, 시키): 하 + 는 → 하는. */
const SEPARATE_ENDINGS = words(
  '다 는 고 며 면 지 지만 게 기 기에 기도 기는 기를 기가 므로 니까 는데 는데도 도록 려고 려면 면서 던 ' +
    '자 는지 기로 여 여서 여야 였다 였고 였던 였습니다 어 어서 어야 었다 었고 었던 었습니다 어도 여도',
);

/** Endings fused into the stem's last syllable as its final consonant: 하 + ㄴ → 한. */
const FUSED_ENDINGS: readonly (readonly [keyof typeof FINALS, readonly string[]])[] = [
  ['n', ['', '다', '다는', '다고', '데', '지', '가']],
  ['l', ['', '수', '때', '지']],
  ['m', ['', '으로써', '으로', '을', '이', '은']],
  ['b', ['니다']],
];

/** Contracted forms: 하 + 여 → 해, 되 + 어 → 돼, 시키 + 어 → 시켜. */
const CONTRACTED: Readonly<Record<string, readonly string[]>> = {
  하: words('해 해서 해야 해도 해요 했다 했고 했던 했어 했어요 했습니다 했지만 했으며'),
  되: words('돼 돼서 돼야 돼도 돼요 됐다 됐고 됐던 됐어 됐어요 됐습니다 됐지만 됐으며'),
  시키: words('시켜 시켜서 시켜야 시켰다 시켰고 시켰던 시켰습니다'),
};

/** Endings of adjectives and verbs that are not 하다 verbs: 가볍다, 가볍고, 가볍게. */
const PREDICATE_ENDINGS = words('다 고 게 며 면 습니다 지만 으며 으면 니다');

/** The plural suffix, which can sit between a noun and its particle: 컨테이너들을. */
const PLURAL = '들';

function predicateForms(stem: string): string[] {
  const last = stem.slice(-1);
  const head = stem.slice(0, -1);
  const forms = SEPARATE_ENDINGS.map((ending) => stem + ending);
  for (const [final, rests] of FUSED_ENDINGS) {
    for (const rest of rests) forms.push(head + withFinal(last, final) + rest);
  }
  forms.push(...(CONTRACTED[stem] ?? []).map(String));
  return forms;
}

function buildSuffixes(): Set<string> {
  const particles = new Set<string>(PARTICLES);
  for (const first of STACKABLE) {
    particles.add(first);
    for (const second of TRAILING_PARTICLES) particles.add(first + second);
  }
  const suffixes = new Set<string>([...particles, ...PREDICATE_ENDINGS, PLURAL]);
  // 들 + a particle: 들이, 들을, 들에서는 ...
  for (const particle of particles) suffixes.add(PLURAL + particle);
  for (const stem of ['하', '되', '시키']) {
    for (const form of predicateForms(stem)) suffixes.add(form);
  }
  // 가상화하기는, 공유되기도: a nominalised 하다/되다 verb followed by a particle.
  for (const stem of ['하', '되']) {
    for (const particle of ['는', '도', '를', '가', '에', '로', '의', '만']) {
      suffixes.add(`${stem}기${particle}`);
    }
  }
  // The copula 이다: 컨테이너인지, 컨테이너입니다. 인/일/임 alone are too often the end of a noun
  // (도메인, 라인) to strip; see the header.
  for (const form of predicateForms('이')) {
    if (!['인', '일', '임'].includes(form)) suffixes.add(form);
  }
  return suffixes;
}

/** Every suffix the stemmer removes, for tests and documentation. */
export const KOREAN_SUFFIXES: ReadonlySet<string> = buildSuffixes();

const MAX_SUFFIX_LENGTH = Math.max(...[...KOREAN_SUFFIXES].map((suffix) => suffix.length));

/** The fewest syllables a stem may keep. */
export const MIN_STEM_LENGTH = 2;

/**
 * The stem of one Korean word (a run of Hangul syllables, no spaces): the longest suffix from
 * {@link KOREAN_SUFFIXES} is removed as long as at least {@link MIN_STEM_LENGTH} syllables stay;
 * a plural 들 left in front of a particle goes too. Words that are not all Hangul come back as
 * they are.
 */
export function stemKorean(word: string): string {
  if (word.length <= MIN_STEM_LENGTH || !/^[가-힣]+$/.test(word)) return word;
  const longest = Math.min(MAX_SUFFIX_LENGTH, word.length - MIN_STEM_LENGTH);
  for (let length = longest; length > 0; length -= 1) {
    if (KOREAN_SUFFIXES.has(word.slice(-length))) {
      const stem = word.slice(0, -length);
      return stem.length > MIN_STEM_LENGTH && stem.endsWith(PLURAL) ? stem.slice(0, -1) : stem;
    }
  }
  return word;
}

/**
 * True when a Korean word is only a particle or an ending, as 를 in `OS를` or 과 in `VM과` once
 * the Latin letters in front are split off. Such pieces are not worth indexing.
 */
export function isBareSuffix(word: string): boolean {
  return KOREAN_SUFFIXES.has(word);
}
