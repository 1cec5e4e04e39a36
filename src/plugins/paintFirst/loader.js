// @ts-check
// The paint-first loader (README, "Performance"; template.ts explains why). The page's template
// inlines this file in <head> in place of Docusaurus's `<script defer>` tags; the HTML minifier
// shortens it and scripts/postbuild.ts lists its hash in the CSP. It is the same on every page,
// so it costs one hash.
//
// Once the document is parsed (where deferred scripts would run) and its first contentful paint
// is on screen, it inserts the scripts listed in the JSON data block #__run-after-paint, in
// order (`async = false`: they run in list order, as deferred scripts do). Never earlier: a page
// whose HTML arrives slowly gets frames while it is still parsing, and React must not hydrate
// half a page. The id is SCRIPT_LIST_ID in template.ts.
(function () {
  let started = false;

  function runScripts() {
    if (started) return;
    started = true;
    const list = document.getElementById('__run-after-paint');
    /** @type {string[]} */
    const sources = list === null ? [] : JSON.parse(list.textContent || '[]');
    for (const src of sources) {
      const script = document.createElement('script');
      script.src = src;
      script.async = false;
      document.head.appendChild(script);
    }
  }

  // After the first contentful paint has been presented (its paint-timing entry, buffered if it
  // came while the document was parsing), or, where paint timing is missing, after the next
  // frame (requestAnimationFrame runs before that frame's paint, the timeout after it). A tab
  // opened in the background paints nothing: the 3 s timeout covers it.
  function afterFirstContentfulPaint() {
    // Plain ES2015 (no `?.`): the template inlines this file as it is, untranspiled.
    const Observer = window.PerformanceObserver;
    const types = Observer && Observer.supportedEntryTypes;
    if (types && types.indexOf('paint') >= 0) {
      new Observer((entries, observer) => {
        if (entries.getEntriesByName('first-contentful-paint').length > 0) {
          observer.disconnect();
          setTimeout(runScripts, 0);
        }
      }).observe({ type: 'paint', buffered: true });
    } else {
      requestAnimationFrame(() => {
        setTimeout(runScripts, 0);
      });
    }
    setTimeout(runScripts, 3000);
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', afterFirstContentfulPaint);
  } else {
    afterFirstContentfulPaint();
  }
})();
