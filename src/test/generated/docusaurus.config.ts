// Stand-in for Docusaurus's generated `@generated/docusaurus.config` in component tests.
const siteConfig = {
  title: '가상머신과 컨테이너',
  tagline: '',
  url: 'https://vm-vs-container.github.io',
  baseUrl: '/',
  trailingSlash: undefined,
  i18n: { defaultLocale: 'ko', locales: ['ko', 'en'], localeConfigs: {} },
  themeConfig: {},
  customFields: {},
  future: { v4: true },
};
export default siteConfig;
