// The baseline for `npm run bench`: a stock Docusaurus classic site with the same search plugin
// and the same note as content, built and served exactly like ours. Nothing here is tuned.
module.exports = {
  title: 'Stock Docusaurus',
  url: 'https://example.invalid',
  baseUrl: '/',
  onBrokenLinks: 'warn',
  i18n: { defaultLocale: 'ko', locales: ['ko'] },
  presets: [['classic', { docs: { routeBasePath: '/', sidebarPath: undefined }, blog: false }]],
  themes: [['@easyops-cn/docusaurus-search-local', { hashed: true, language: ['en'] }]],
  themeConfig: {
    navbar: {
      title: 'Stock',
      items: [{ type: 'doc', docId: 'note', label: 'Docs', position: 'left' }],
    },
  },
};
