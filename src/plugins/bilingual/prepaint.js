// Runs inline in <head> before the first paint (its hash goes into the CSP at build time).
// When the reader asked for the parallel view (?view=parallel, or their last choice), it marks
// <html> so that a doc page's text waits hidden for the two columns instead of jumping
// into them. Keep in step with src/components/ParallelView/view.ts.
(function () {
  try {
    var param = new URLSearchParams(window.location.search).get('view');
    var view = param === 'parallel' || param === 'single' ? param : null;
    if (view === null) view = window.localStorage.getItem('bilingual.view');
    if (view === 'parallel' && /\/docs(\/|$)/.test(window.location.pathname)) {
      document.documentElement.setAttribute('data-bilingual-view', 'pending');
    }
  } catch {
    // Storage may be blocked: the page then opens in the single view.
  }
})();
