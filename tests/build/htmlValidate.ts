/**
 * HTML conformance of the built pages, with html-validate: the configuration the build check
 * (html-valid.test.ts) uses, and `validateHtml` to run it. The goal is what the W3C Nu HTML
 * checker reports as errors, not a house style: the minified build leaves out optional end tags
 * and attribute quotes, which is valid HTML.
 */
import {
  HtmlValidate,
  Rule,
  StaticConfigLoader,
  type ConfigData,
  type DOMReadyEvent,
  type Plugin,
  type RuleDocumentation,
} from 'html-validate';

/** Table roles under which the HTML spec forbids a `role` on the table's rows and cells. */
const TABLE_ROLES = new Set(['table', 'grid', 'treegrid']);

/**
 * No `role` on the `tr`, `th` and `td` of a table (W3C Nu: "The role attribute must not be used
 * on a tr element which has a table ancestor with no role attribute, or with a role attribute
 * whose value is table, grid, or treegrid"). html-validate's `no-redundant-role` catches only the
 * roles a part has anyway (`role="row"` on a `tr`); this catches every role.
 */
class TablePartRole extends Rule {
  override documentation(): RuleDocumentation {
    return {
      description:
        'HTML allows no `role` attribute on the `tr`, `th` and `td` of a table whose role is table, grid or treegrid: they already have their native roles (row, columnheader/rowheader, cell). Remove the attribute; changing how they are displayed does not need it.',
    };
  }

  override setup(): void {
    this.on('dom:ready', (event: DOMReadyEvent) => {
      for (const part of event.document.querySelectorAll('tr[role], th[role], td[role]')) {
        const table = part.closest('table');
        if (table === null) continue;
        const tableRole = table.getAttribute('role')?.value;
        if (typeof tableRole === 'string' && !TABLE_ROLES.has(tableRole.trim())) continue;
        const role = part.getAttribute('role');
        this.report(
          part,
          `The "role" attribute is not allowed on <${part.tagName}> in a table: it has its native role`,
          role?.keyLocation,
        );
      }
    });
  }
}

const sitePlugin: Plugin = {
  name: 'site',
  rules: { 'site/table-part-role': TablePartRole },
};

/**
 * Conformance, as the W3C Nu checker reads it:
 * - `html-validate:standard`: the HTML standard itself — content models (a `div` inside `code`,
 *   a `p` after a figure's caption), required and permitted parents, attributes and their
 *   values, duplicate ids, character references, void elements...
 * - `html-validate:document`: checks for complete documents — doctype, labels of inputs,
 *   `aria-*` references to ids that exist, heading levels.
 * - and from the `recommended` preset the rules that are conformance errors for Nu: roles on
 *   elements that have them natively, empty titles, images without `alt`.
 *
 * Not enabled, on purpose:
 * - the style rules of `html-validate:recommended` (quotes, implicitly closed elements,
 *   self-closing void elements, doctype case, inline styles...): the build is minified, and
 *   omitting optional end tags and quotes is valid HTML;
 * - `no-unknown-attributes`: its element data lacks valid attributes (SVG `viewBox`, `hreflang`
 *   on `link`, `placeholder` on `input`...), so it reports valid pages;
 * - the accessibility preset (`html-validate:a11y`): axe checks accessibility in the browser
 *   tests, and several of its rules are advice, not conformance.
 */
export const htmlValidateConfig: ConfigData = {
  root: true,
  extends: ['html-validate:standard', 'html-validate:document'],
  plugins: [sitePlugin],
  rules: {
    'site/table-part-role': 'error',
    'no-redundant-role': 'error',
    'empty-title': 'error',
    'wcag/h36': 'error',
    'wcag/h37': 'error',
    // `document` asks for subresource integrity on every script and stylesheet. The site's own
    // are same-origin, content-hashed files; SRI guards what comes from another origin, so only
    // that must carry it.
    'require-sri': ['error', { target: 'crossorigin' }],
  },
};

const validator = new HtmlValidate(new StaticConfigLoader(htmlValidateConfig));

/** The errors html-validate finds in `html`, one line each: `file:line:col rule message`. */
export async function validateHtml(html: string, file: string): Promise<string[]> {
  const report = await validator.validateString(html, file);
  return report.results.flatMap((result) =>
    result.messages.map(
      (message) =>
        `${file}:${String(message.line)}:${String(message.column)} ${message.ruleId} ${message.message}`,
    ),
  );
}
