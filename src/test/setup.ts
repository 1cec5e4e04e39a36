import '@testing-library/jest-dom/vitest';

// Docusaurus's <Link> prefetches routes through `window.docusaurus`, which the client entry
// defines in a real build; component tests have no routes to fetch.
if (typeof window !== 'undefined') {
  Object.assign(window, {
    docusaurus: { prefetch: () => false, preload: () => false },
  });
}
