// @vitest-environment node
/**
 * Korean is the default locale, so the Korean UI text of a component is the `message` written in
 * the component (`<Translate id="x">텍스트</Translate>`, `translate({ id, message })`). Docusaurus
 * lets `i18n/ko/code.json` override it, which would make an edit of the component's Korean text
 * silently do nothing. So `i18n/ko/code.json` may repeat a component's message only word for word
 * (`npm run write-translations -- --locale ko` copies them), and every id in either locale's
 * `code.json` must still be used somewhere. Ids of the Docusaurus theme (`theme.*`) are exempt:
 * their messages in the code are English, the theme's own source language.
 *
 * The messages are read with Docusaurus's own extractor (the one `write-translations` uses).
 */
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { extractAllSourceCodeFileTranslations, getBabelOptions } from '@docusaurus/babel';

const root = join(import.meta.dirname, '..', '..', '..');

interface SourceMessage {
  readonly file: string;
  readonly message: string;
}

type CodeJson = Record<string, { readonly message: string } | undefined>;

/** The files Docusaurus extracts translations from (js/jsx/ts/tsx, no .d.ts) that use them. */
function translatableFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && /\.[jt]sx?$/.test(entry.name))
    .filter((entry) => !entry.name.endsWith('.d.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => /\btranslate\b/i.test(readFileSync(file, 'utf8')));
}

/** Every translation id in the files with its message, as `write-translations` reads them. */
async function sourceMessages(files: string[]): Promise<Map<string, SourceMessage>> {
  const extracted = await extractAllSourceCodeFileTranslations(
    files,
    getBabelOptions({ isServer: true }),
  );
  const messages = new Map<string, SourceMessage>();
  for (const { sourceCodeFilePath, translations } of extracted) {
    for (const [id, { message }] of Object.entries(translations)) {
      messages.set(id, { file: relative(root, sourceCodeFilePath), message });
    }
  }
  return messages;
}

const isThemeId = (id: string): boolean => id.startsWith('theme.');

/** Korean entries that differ from the message in the component: they would hide an edit. */
function overrideProblems(
  source: ReadonlyMap<string, SourceMessage>,
  koCodeJson: CodeJson,
  codeJsonFile: string,
): string[] {
  return Object.entries(koCodeJson).flatMap(([id, entry]) => {
    const written = source.get(id);
    if (isThemeId(id) || !written || !entry || entry.message === written.message) return [];
    return [
      `${codeJsonFile} "${id}" overrides the Korean text of ${written.file}:\n` +
        `  component: ${JSON.stringify(written.message)}\n` +
        `  code.json: ${JSON.stringify(entry.message)}\n` +
        '  Edit the text in the component and copy it here, or delete the entry.',
    ];
  });
}

/** Entries for ids no component uses any more. */
function unusedIds(
  source: ReadonlyMap<string, SourceMessage>,
  codeJson: CodeJson,
  codeJsonFile: string,
): string[] {
  return Object.keys(codeJson)
    .filter((id) => !isThemeId(id) && !source.has(id))
    .map((id) => `${codeJsonFile} "${id}" is used by no file of src/: delete it`);
}

function readCodeJson(locale: string): CodeJson {
  return JSON.parse(readFileSync(join(root, 'i18n', locale, 'code.json'), 'utf8')) as CodeJson;
}

describe('the Korean text of components', () => {
  let source: Map<string, SourceMessage>;

  beforeAll(async () => {
    source = await sourceMessages(translatableFiles(join(root, 'src')));
  }, 60_000);

  it('finds the messages of the site', () => {
    expect(source.get('components.selfCheck.label')).toEqual({
      file: 'src/components/SelfCheck/index.tsx',
      message: '질문',
    });
  });

  it('is not overridden by i18n/ko/code.json', () => {
    expect(overrideProblems(source, readCodeJson('ko'), 'i18n/ko/code.json')).toEqual([]);
  });

  // `write-translations --locale en` copies a new id's Korean message into the English file:
  // an entry left untranslated shows Korean to English readers. The only Korean on purpose is
  // the per-section control that offers the other language (its description says so).
  it('is translated in i18n/en/code.json', () => {
    const inKorean = new Set(['bilingual.section.show', 'bilingual.section.hide']);
    const untranslated = Object.entries(readCodeJson('en'))
      .filter(
        ([id, entry]) =>
          !inKorean.has(id) &&
          /[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(entry?.message ?? ''),
      )
      .map(
        ([id, entry]) =>
          `i18n/en/code.json "${id}" is still Korean: ${JSON.stringify(entry?.message)}`,
      );
    expect(untranslated).toEqual([]);
  });

  it.each(['ko', 'en'])('has no unused entry in i18n/%s/code.json', (locale) => {
    expect(unusedIds(source, readCodeJson(locale), `i18n/${locale}/code.json`)).toEqual([]);
  });
});

describe('the check itself', () => {
  it('reports a Korean entry that differs from an edited component, naming file, id and both texts', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'code-translations-'));
    const file = join(dir, 'Edited.tsx');
    writeFileSync(
      file,
      [
        "import Translate, { translate } from '@docusaurus/Translate';",
        'export const label = translate({ id: "x.label", message: "새 문장" });',
        'export default function Edited() {',
        '  return <Translate id="x.title">제목</Translate>;',
        '}',
      ].join('\n'),
    );
    const messages = await sourceMessages([file]);
    const problems = overrideProblems(
      messages,
      {
        'x.label': { message: '옛 문장' },
        'x.title': { message: '제목' },
        'theme.x': { message: '테마' },
      },
      'ko.json',
    );
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('ko.json "x.label" overrides the Korean text of ');
    expect(problems[0]).toContain('Edited.tsx');
    expect(problems[0]).toContain('component: "새 문장"');
    expect(problems[0]).toContain('code.json: "옛 문장"');
    expect(
      unusedIds(messages, { 'x.title': { message: '' }, 'x.gone': { message: '' } }, 'ko.json'),
    ).toEqual(['ko.json "x.gone" is used by no file of src/: delete it']);
  });
});
