import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import codeTranslations from '@generated/codeTranslations';
import i18n from '@generated/i18n';

type TestLocale = 'ko' | 'en';

/**
 * Renders components as Docusaurus would for `locale`: the current locale and the code
 * translations of `i18n/<locale>/code.json`, so tests see the real English or Korean strings.
 */
export function setTestLocale(locale: TestLocale): void {
  const file = join(import.meta.dirname, '..', '..', 'i18n', locale, 'code.json');
  const entries = JSON.parse(readFileSync(file, 'utf8')) as Record<string, { message: string }>;
  const messages = codeTranslations as Record<string, string>;
  for (const key of Object.keys(messages)) Reflect.deleteProperty(messages, key);
  for (const [id, { message }] of Object.entries(entries)) messages[id] = message;
  (i18n as { currentLocale: string }).currentLocale = locale;
}
