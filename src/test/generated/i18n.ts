// Stand-in for `@generated/i18n`: the locale being "built" in a component test. Tests switch it
// with `setTestLocale` from `src/test/locale.ts`.
const i18n = {
  defaultLocale: 'ko',
  locales: ['ko', 'en'],
  currentLocale: 'ko',
  path: 'i18n',
  localeConfigs: {
    ko: { label: '한국어', htmlLang: 'ko-KR', direction: 'ltr', calendar: 'gregory', path: 'ko' },
    en: { label: 'English', htmlLang: 'en-US', direction: 'ltr', calendar: 'gregory', path: 'en' },
  },
};
export default i18n;
