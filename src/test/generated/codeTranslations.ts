// Stand-in for `@generated/codeTranslations`: the messages of the locale under test (empty for
// Korean, so the Korean source messages in the components are shown).
const codeTranslations: Record<string, string> = {};
export default codeTranslations;
