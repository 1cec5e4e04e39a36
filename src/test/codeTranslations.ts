// Stand-in for Docusaurus's generated `@generated/codeTranslations` in unit tests: messages are
// those of the Korean source (the default locale) unless a test swaps in another locale with
// `useLocaleMessages`.
const messages: Record<string, string> = {};

export function useLocaleMessages(next: Record<string, string>): void {
  for (const key of Object.keys(messages)) {
    Reflect.deleteProperty(messages, key);
  }
  Object.assign(messages, next);
}

export default messages;
